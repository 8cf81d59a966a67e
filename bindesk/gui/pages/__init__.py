"""bindesk.gui.pages"""
