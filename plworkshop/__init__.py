"""plworkshop: run in-person convenings on the State Policy Framework for Personalized Learning."""

__version__ = "0.1.0"
APP_NAME = "plworkshop"
