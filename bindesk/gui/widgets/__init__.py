"""Small widgets shared by dialogs, pages and Designer forms (promoted widgets)."""
