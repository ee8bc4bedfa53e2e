"""The day plan: the whole agenda with clock times, breaks and per-question time boxes."""
