"""bindesk: the desk application for Belgian neighbourhood information networks (BIN)."""

__version__ = "0.1.0"
