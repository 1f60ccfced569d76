//! JWK sets: parsing the keys a verifier may use, and checking a signature with one of them.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::signature::{self, RsaPublicKeyComponents, UnparsedPublicKey};
use serde_json::{Map, Value};

use super::error::{JwtError, shorten};

/// A signature algorithm a token may name in its `alg` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Alg {
    /// `EdDSA` as Better Auth writes it, and `Ed25519` as RFC 9864 names it: one algorithm.
    Ed25519,
    Es256,
    Es384,
    Rs256,
    Rs384,
    Rs512,
    Ps256,
    Ps384,
    Ps512,
}

impl Alg {
    /// Refuses `none`, every `HS*`, `ES512` and unknown names alike: none of them can be checked
    /// against a public key with `ring`.
    pub(crate) fn parse(name: &str) -> Result<Self, JwtError> {
        Ok(match name {
            "EdDSA" | "Ed25519" => Self::Ed25519,
            "ES256" => Self::Es256,
            "ES384" => Self::Es384,
            "RS256" => Self::Rs256,
            "RS384" => Self::Rs384,
            "RS512" => Self::Rs512,
            "PS256" => Self::Ps256,
            "PS384" => Self::Ps384,
            "PS512" => Self::Ps512,
            other => {
                return Err(JwtError::UnsupportedAlgorithm {
                    alg: shorten(other),
                });
            }
        })
    }

    /// The name this verifier reports in errors.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Ed25519 => "EdDSA",
            Self::Es256 => "ES256",
            Self::Es384 => "ES384",
            Self::Rs256 => "RS256",
            Self::Rs384 => "RS384",
            Self::Rs512 => "RS512",
            Self::Ps256 => "PS256",
            Self::Ps384 => "PS384",
            Self::Ps512 => "PS512",
        }
    }

    fn is_rsa(self) -> bool {
        matches!(
            self,
            Self::Rs256 | Self::Rs384 | Self::Rs512 | Self::Ps256 | Self::Ps384 | Self::Ps512
        )
    }

    fn rsa_params(self) -> Option<&'static signature::RsaParameters> {
        Some(match self {
            Self::Rs256 => &signature::RSA_PKCS1_2048_8192_SHA256,
            Self::Rs384 => &signature::RSA_PKCS1_2048_8192_SHA384,
            Self::Rs512 => &signature::RSA_PKCS1_2048_8192_SHA512,
            Self::Ps256 => &signature::RSA_PSS_2048_8192_SHA256,
            Self::Ps384 => &signature::RSA_PSS_2048_8192_SHA384,
            Self::Ps512 => &signature::RSA_PSS_2048_8192_SHA512,
            Self::Ed25519 | Self::Es256 | Self::Es384 => return None,
        })
    }
}

/// Public key material, checked for shape when the set is parsed.
#[derive(Debug)]
enum Material {
    Ed25519(Vec<u8>),
    P256(Vec<u8>),
    P384(Vec<u8>),
    Rsa {
        n: Vec<u8>,
        e: Vec<u8>,
    },
    /// A key this verifier cannot use (P-521, X25519, an encryption key...). It stays in the set
    /// so that a token naming it gets a precise error rather than "unknown key".
    Unusable(String),
}

impl Material {
    fn name(&self) -> &str {
        match self {
            Self::Ed25519(_) => "OKP Ed25519",
            Self::P256(_) => "EC P-256",
            Self::P384(_) => "EC P-384",
            Self::Rsa { .. } => "RSA",
            Self::Unusable(what) => what,
        }
    }

    fn fits(&self, alg: Alg) -> bool {
        match self {
            Self::Ed25519(_) => alg == Alg::Ed25519,
            Self::P256(_) => alg == Alg::Es256,
            Self::P384(_) => alg == Alg::Es384,
            Self::Rsa { .. } => alg.is_rsa(),
            Self::Unusable(_) => false,
        }
    }
}

/// One key of a set.
#[derive(Debug)]
pub(crate) struct Key {
    kid: Option<String>,
    /// The key's own `alg`, when it declares one: a token must then use exactly that.
    alg: Option<Alg>,
    material: Material,
}

impl Key {
    /// Checks `signature` over `input`, after checking that `alg` is what this key is for.
    pub(crate) fn verify(&self, alg: Alg, input: &[u8], sig: &[u8]) -> Result<(), JwtError> {
        if let Material::Unusable(what) = &self.material {
            return Err(JwtError::UnsupportedAlgorithm { alg: what.clone() });
        }
        if !self.material.fits(alg) || self.alg.is_some_and(|own| own != alg) {
            return Err(JwtError::AlgorithmMismatch {
                alg: alg.name().to_owned(),
                key: match self.alg {
                    Some(own) => format!("{} {}", self.material.name(), own.name()),
                    None => self.material.name().to_owned(),
                },
            });
        }
        let checked = match (&self.material, alg.rsa_params()) {
            (Material::Ed25519(x), _) => {
                UnparsedPublicKey::new(&signature::ED25519, x).verify(input, sig)
            }
            (Material::P256(point), _) => {
                UnparsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point)
                    .verify(input, sig)
            }
            (Material::P384(point), _) => {
                UnparsedPublicKey::new(&signature::ECDSA_P384_SHA384_FIXED, point)
                    .verify(input, sig)
            }
            (Material::Rsa { n, e }, Some(params)) => {
                RsaPublicKeyComponents { n, e }.verify(params, input, sig)
            }
            (Material::Rsa { .. } | Material::Unusable(_), _) => {
                return Err(JwtError::BadSignature);
            }
        };
        checked.map_err(|_| JwtError::BadSignature)
    }
}

/// The keys of one JWK set, in the order the server listed them.
#[derive(Debug, Default)]
pub(crate) struct KeySet {
    keys: Vec<Key>,
    /// When the set was fetched; `None` for a static set, which never ages.
    pub(crate) fetched_at: Option<std::time::Instant>,
}

impl KeySet {
    /// Parses `{"keys": [...]}`. A key that cannot be used is kept as unusable rather than
    /// failing the whole set: a server may publish key types this verifier does not know.
    pub(crate) fn parse(json: &[u8]) -> Result<Self, JwtError> {
        let value: Value =
            serde_json::from_slice(json).map_err(|source| JwtError::KeySetJson { source })?;
        let Some(Value::Array(entries)) = value.as_object().and_then(|set| set.get("keys")) else {
            return Err(JwtError::KeySetInvalid {
                reason: "not an object with a \"keys\" array",
            });
        };
        let keys = entries
            .iter()
            .filter_map(Value::as_object)
            .map(parse_key)
            .collect();
        Ok(Self {
            keys,
            fetched_at: None,
        })
    }

    /// The key with this `kid`; without a `kid`, the only key of a one-key set.
    pub(crate) fn find(&self, kid: Option<&str>) -> Option<&Key> {
        match kid {
            Some(kid) => self.keys.iter().find(|key| key.kid.as_deref() == Some(kid)),
            None if self.keys.len() == 1 => self.keys.first(),
            None => None,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}

fn parse_key(jwk: &Map<String, Value>) -> Key {
    let text = |name: &str| jwk.get(name).and_then(Value::as_str);
    let declared = text("alg").map(Alg::parse).transpose();
    // RFC 7517 lets a key say what it is for twice over: `use` and `key_ops`. Either one that
    // rules out verifying signatures rules the key out.
    let for_signatures = text("use").is_none_or(|usage| usage == "sig")
        && jwk
            .get("key_ops")
            .and_then(Value::as_array)
            .is_none_or(|ops| ops.iter().any(|op| op.as_str() == Some("verify")));
    let material = match &declared {
        _ if !for_signatures => Material::Unusable("(a key not for verifying)".to_owned()),
        Err(_) => Material::Unusable(shorten(text("alg").unwrap_or_default())),
        Ok(_) => material(jwk).unwrap_or_else(Material::Unusable),
    };
    Key {
        kid: text("kid").map(str::to_owned),
        alg: declared.ok().flatten(),
        material,
    }
}

fn material(jwk: &Map<String, Value>) -> Result<Material, String> {
    let text = |name: &str| jwk.get(name).and_then(Value::as_str);
    let bytes = |name: &str| {
        text(name)
            .and_then(|b64| URL_SAFE_NO_PAD.decode(b64).ok())
            .ok_or_else(|| format!("key without valid {name}"))
    };
    let point = |len: usize| -> Result<Vec<u8>, String> {
        let (x, y) = (bytes("x")?, bytes("y")?);
        if x.len() != len || y.len() != len {
            return Err("EC key with wrong coordinate length".to_owned());
        }
        Ok([&[0x04][..], &x, &y].concat())
    };
    match (text("kty"), text("crv")) {
        (Some("OKP"), Some("Ed25519")) => bytes("x").map(Material::Ed25519),
        (Some("EC"), Some("P-256")) => point(32).map(Material::P256),
        (Some("EC"), Some("P-384")) => point(48).map(Material::P384),
        (Some("RSA"), _) => Ok(Material::Rsa {
            n: bytes("n")?,
            e: bytes("e")?,
        }),
        (kty, crv) => Err(shorten(&format!(
            "{} {}",
            kty.unwrap_or("untyped"),
            crv.unwrap_or("")
        ))
        .trim_end()
        .to_owned()),
    }
}
