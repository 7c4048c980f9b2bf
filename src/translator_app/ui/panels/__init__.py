"""Side panels beside the grid: suggestions, concordance, history, QA, comments and the rendered preview, and
the column that holds them."""
