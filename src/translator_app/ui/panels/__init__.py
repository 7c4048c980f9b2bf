"""Side panels beside the grid: suggestions, the segment's history, and the rendered preview."""
