public enum KroniekSyntaxPlaceholder {}
