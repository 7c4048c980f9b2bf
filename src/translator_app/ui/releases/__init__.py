"""The list of releases on the left, with a progress bar per release."""
