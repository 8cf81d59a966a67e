"""bindesk.db"""
