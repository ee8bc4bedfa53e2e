"""Constants shared by the statewide fixture (statewide.py) and the rollup tests."""

import datetime as dt

CL = "collaborative-leadership"
BA = "balanced-assessments"
Q_CL = "collaborative-leadership.s1.q1"
TODAY = dt.date(2027, 6, 1)
