"""The PDF newsletter (reportlab platypus): document, charts, fonts. Qt-free."""
