"""Workloads the benchmarks and the test suite share: generated workshops, district bundles, crash rounds."""
