"""The output stage: records as JSONL, JSON, CSV and Parquet, resumable output files, HTML reports."""
