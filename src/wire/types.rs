//! Mnemonics of types, classes, rcodes and opcodes, as BIND spells them. STUB.
pub fn type_to_text(t: u16) -> String { let _ = t; todo!() }
pub fn type_from_text(s: &str) -> Option<u16> { let _ = s; todo!() }
pub fn class_to_text(t: u16) -> String { let _ = t; todo!() }
pub fn class_from_text(s: &str) -> Option<u16> { let _ = s; todo!() }
pub fn opcode_to_text(t: u8) -> String { let _ = t; todo!() }
pub fn rcode_to_text(t: u16) -> String { let _ = t; todo!() }
