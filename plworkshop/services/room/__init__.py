"""The room's records: join sessions, devices, and what devices send, through the app's own services."""
