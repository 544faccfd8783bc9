"""Package data: icons, stylesheet, translations, demo data."""
