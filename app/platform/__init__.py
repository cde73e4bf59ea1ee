"""Small operating-system concerns, one module each."""
