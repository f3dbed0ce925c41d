"""The first stage: what the user named (paths, directories, WARC files, stdin) -> bytes -> text.

``discover`` turns entries into inputs, ``files`` and ``warc`` read their bytes,
``decode`` turns bytes into text whatever the encoding.
"""
