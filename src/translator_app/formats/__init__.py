"""One module per file format: reading a document into segments and writing it back."""
