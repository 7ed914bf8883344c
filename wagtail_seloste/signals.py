"""Signal receivers: what happens when the notice is published."""
