"""E-mail: SMTP transport, ``BINDESK_SMTP_URL`` parsing and message building.

Qt-free and database-free (layer: services → mail → domain). The durable outbox, the
settings and the worker live in ``bindesk.services``.
"""
