"""Files that go out and come back: an exported workbook, edited elsewhere, read back into the database.

This sits above both the services and the reports, because reading a file back means comparing it
with what the export prints today (reports) and then storing the changes (services).
"""
