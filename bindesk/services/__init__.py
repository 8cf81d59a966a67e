"""bindesk.services"""
