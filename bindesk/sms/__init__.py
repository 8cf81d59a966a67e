"""bindesk.sms"""
