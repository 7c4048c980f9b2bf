"""The segment grid: the Qt model adapting the open release's events, the filter proxy, the view, its
delegates and the filter bar."""
