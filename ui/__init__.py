"""Everything Qt: main window, scan router, pages, dialogs, models, workers."""
