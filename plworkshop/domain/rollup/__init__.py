"""The statewide rollup as the screens and the reports read it: frozen models, colours and wording."""
