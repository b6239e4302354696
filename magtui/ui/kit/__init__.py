"""What every feature builds on: the base screens, pickers, typed questions and askers."""
