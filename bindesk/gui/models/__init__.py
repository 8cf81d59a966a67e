"""bindesk.gui.models"""
