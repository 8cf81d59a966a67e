"""bindesk.pdf"""
