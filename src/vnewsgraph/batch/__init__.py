"""Corpora beyond one machine: Ray Data extraction to Parquet, bulk loading into the KB."""

from __future__ import annotations

from vnewsgraph.batch.ray_pipeline import BatchResult, load_records, run_extract

__all__ = ["BatchResult", "load_records", "run_extract"]
