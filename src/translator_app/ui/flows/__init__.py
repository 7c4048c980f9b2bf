"""Long runs on a worker with progress and Cancel: import and export, merge of a returned file, update from a
revised source, pre-translation."""
