"""One page per phase of the session, and the factory that builds each when first needed."""
