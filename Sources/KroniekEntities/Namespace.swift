public enum KroniekEntitiesPlaceholder {}
