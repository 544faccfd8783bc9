"""One module per section of the main window."""
