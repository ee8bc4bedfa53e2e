"""The room: the participant page and JSON API served from the facilitator's laptop (aiohttp, no Qt)."""
