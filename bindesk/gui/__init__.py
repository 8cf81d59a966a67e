"""bindesk.gui"""
