public enum KroniekEventsPlaceholder {}
