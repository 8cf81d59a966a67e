"""bindesk.gui.forms"""
