"""bindesk.gui.dialogs"""
