"""Benchmarks of plworkshop against bare baselines measured in the same run (`python -m bench`)."""
