"""The shared base of every stage: the record models, the error types, the schema name.

Nothing here imports another stage of gov-facts.
"""
