"""Excel sheets and reports, Excel imports, label rendering."""
