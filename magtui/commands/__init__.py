"""What each `magtui` sub-command does; each module imports only what its command needs."""
