#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Account`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Account {
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "accessTokenExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(rename = "accountId")]
        pub account_id: ::std::string::String,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(
            rename = "idToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id_token: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::Secret>,
        #[serde(rename = "providerId")]
        pub provider_id: ::std::string::String,
        #[serde(
            rename = "refreshToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "refreshTokenExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub scope: ::std::option::Option<::std::string::String>,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Account {
        pub fn builder() -> builder::Account {
            Default::default()
        }
    }
    ///`AccountInfoResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AccountInfoResponse {
        pub account: AccountInfoResponseAccount,
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        pub user: AccountInfoResponseUser,
    }
    impl AccountInfoResponse {
        pub fn builder() -> builder::AccountInfoResponse {
            Default::default()
        }
    }
    ///`AccountInfoResponseAccount`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AccountInfoResponseAccount {
        #[serde(rename = "accountId")]
        pub account_id: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(rename = "providerId")]
        pub provider_id: ::std::string::String,
    }
    impl AccountInfoResponseAccount {
        pub fn builder() -> builder::AccountInfoResponseAccount {
            Default::default()
        }
    }
    ///`AccountInfoResponseUser`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AccountInfoResponseUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(rename = "emailVerified")]
        pub email_verified: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl AccountInfoResponseUser {
        pub fn builder() -> builder::AccountInfoResponseUser {
            Default::default()
        }
    }
    ///`AdminBanUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminBanUserBody {
        ///The number of seconds until the ban expires
        #[serde(
            rename = "banExpiresIn",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ban_expires_in: ::std::option::Option<f64>,
        ///The reason for the ban
        #[serde(
            rename = "banReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ban_reason: ::std::option::Option<::std::string::String>,
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminBanUserBody {
        pub fn builder() -> builder::AdminBanUserBody {
            Default::default()
        }
    }
    ///`AdminBanUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminBanUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl AdminBanUserResponse {
        pub fn builder() -> builder::AdminBanUserResponse {
            Default::default()
        }
    }
    ///`AdminCreateUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminCreateUserBody {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The email of the user
        pub email: ::std::string::String,
        ///The name of the user
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<AdminCreateUserBodyRole>,
    }
    impl AdminCreateUserBody {
        pub fn builder() -> builder::AdminCreateUserBody {
            Default::default()
        }
    }
    ///`AdminCreateUserBodyRole`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AdminCreateUserBodyRole {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for AdminCreateUserBodyRole {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///`AdminCreateUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminCreateUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl AdminCreateUserResponse {
        pub fn builder() -> builder::AdminCreateUserResponse {
            Default::default()
        }
    }
    ///`AdminHasPermissionBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminHasPermissionBody {
        ///The permission to check
        pub permissions: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl AdminHasPermissionBody {
        pub fn builder() -> builder::AdminHasPermissionBody {
            Default::default()
        }
    }
    ///`AdminHasPermissionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminHasPermissionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        pub success: bool,
    }
    impl AdminHasPermissionResponse {
        pub fn builder() -> builder::AdminHasPermissionResponse {
            Default::default()
        }
    }
    ///`AdminImpersonateUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminImpersonateUserBody {
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminImpersonateUserBody {
        pub fn builder() -> builder::AdminImpersonateUserBody {
            Default::default()
        }
    }
    ///`AdminImpersonateUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminImpersonateUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session: ::std::option::Option<Session>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl AdminImpersonateUserResponse {
        pub fn builder() -> builder::AdminImpersonateUserResponse {
            Default::default()
        }
    }
    ///`AdminListUserSessionsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminListUserSessionsBody {
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminListUserSessionsBody {
        pub fn builder() -> builder::AdminListUserSessionsBody {
            Default::default()
        }
    }
    ///`AdminListUserSessionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminListUserSessionsResponse {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub sessions: ::std::vec::Vec<Session>,
    }
    impl AdminListUserSessionsResponse {
        pub fn builder() -> builder::AdminListUserSessionsResponse {
            Default::default()
        }
    }
    ///The operator to use for the filter
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AdminListUsersFilterOperator {
        #[serde(rename = "eq")]
        Eq,
        #[serde(rename = "ne")]
        Ne,
        #[serde(rename = "lt")]
        Lt,
        #[serde(rename = "lte")]
        Lte,
        #[serde(rename = "gt")]
        Gt,
        #[serde(rename = "gte")]
        Gte,
        #[serde(rename = "in")]
        In,
        #[serde(rename = "not_in")]
        NotIn,
        #[serde(rename = "contains")]
        Contains,
        #[serde(rename = "starts_with")]
        StartsWith,
        #[serde(rename = "ends_with")]
        EndsWith,
    }
    impl ::std::fmt::Display for AdminListUsersFilterOperator {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Eq => f.write_str("eq"),
                Self::Ne => f.write_str("ne"),
                Self::Lt => f.write_str("lt"),
                Self::Lte => f.write_str("lte"),
                Self::Gt => f.write_str("gt"),
                Self::Gte => f.write_str("gte"),
                Self::In => f.write_str("in"),
                Self::NotIn => f.write_str("not_in"),
                Self::Contains => f.write_str("contains"),
                Self::StartsWith => f.write_str("starts_with"),
                Self::EndsWith => f.write_str("ends_with"),
            }
        }
    }
    impl ::std::str::FromStr for AdminListUsersFilterOperator {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "eq" => Ok(Self::Eq),
                "ne" => Ok(Self::Ne),
                "lt" => Ok(Self::Lt),
                "lte" => Ok(Self::Lte),
                "gt" => Ok(Self::Gt),
                "gte" => Ok(Self::Gte),
                "in" => Ok(Self::In),
                "not_in" => Ok(Self::NotIn),
                "contains" => Ok(Self::Contains),
                "starts_with" => Ok(Self::StartsWith),
                "ends_with" => Ok(Self::EndsWith),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminListUsersFilterOperator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AdminListUsersFilterOperator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AdminListUsersFilterValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AdminListUsersFilterValue {
        Variant0(::std::string::String),
        Variant1(f64),
        Variant2(bool),
        Variant3(::std::vec::Vec<::std::string::String>),
        Variant4(::std::vec::Vec<f64>),
    }
    impl ::std::convert::From<f64> for AdminListUsersFilterValue {
        fn from(value: f64) -> Self {
            Self::Variant1(value)
        }
    }
    impl ::std::convert::From<bool> for AdminListUsersFilterValue {
        fn from(value: bool) -> Self {
            Self::Variant2(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for AdminListUsersFilterValue {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Variant3(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<f64>> for AdminListUsersFilterValue {
        fn from(value: ::std::vec::Vec<f64>) -> Self {
            Self::Variant4(value)
        }
    }
    ///`AdminListUsersLimit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AdminListUsersLimit {
        String(::std::string::String),
        Number(f64),
    }
    impl ::std::fmt::Display for AdminListUsersLimit {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for AdminListUsersLimit {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///`AdminListUsersOffset`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AdminListUsersOffset {
        String(::std::string::String),
        Number(f64),
    }
    impl ::std::fmt::Display for AdminListUsersOffset {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for AdminListUsersOffset {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///`AdminListUsersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminListUsersResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<f64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub offset: ::std::option::Option<f64>,
        pub total: f64,
        pub users: ::std::vec::Vec<User>,
    }
    impl AdminListUsersResponse {
        pub fn builder() -> builder::AdminListUsersResponse {
            Default::default()
        }
    }
    ///The field to search in, defaults to email. Can be `email` or `name`. Eg: "name"
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AdminListUsersSearchField {
        #[serde(rename = "email")]
        Email,
        #[serde(rename = "name")]
        Name,
    }
    impl ::std::fmt::Display for AdminListUsersSearchField {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Email => f.write_str("email"),
                Self::Name => f.write_str("name"),
            }
        }
    }
    impl ::std::str::FromStr for AdminListUsersSearchField {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "email" => Ok(Self::Email),
                "name" => Ok(Self::Name),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminListUsersSearchField {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminListUsersSearchField {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The operator to use for the search. Can be `contains`, `starts_with` or `ends_with`. Eg: "contains"
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AdminListUsersSearchOperator {
        #[serde(rename = "contains")]
        Contains,
        #[serde(rename = "starts_with")]
        StartsWith,
        #[serde(rename = "ends_with")]
        EndsWith,
    }
    impl ::std::fmt::Display for AdminListUsersSearchOperator {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Contains => f.write_str("contains"),
                Self::StartsWith => f.write_str("starts_with"),
                Self::EndsWith => f.write_str("ends_with"),
            }
        }
    }
    impl ::std::str::FromStr for AdminListUsersSearchOperator {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "contains" => Ok(Self::Contains),
                "starts_with" => Ok(Self::StartsWith),
                "ends_with" => Ok(Self::EndsWith),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminListUsersSearchOperator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AdminListUsersSearchOperator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The direction to sort by
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum AdminListUsersSortDirection {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for AdminListUsersSortDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for AdminListUsersSortDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminListUsersSortDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for AdminListUsersSortDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`AdminRemoveUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminRemoveUserBody {
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminRemoveUserBody {
        pub fn builder() -> builder::AdminRemoveUserBody {
            Default::default()
        }
    }
    ///`AdminRemoveUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminRemoveUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl AdminRemoveUserResponse {
        pub fn builder() -> builder::AdminRemoveUserResponse {
            Default::default()
        }
    }
    ///`AdminRevokeUserSessionBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminRevokeUserSessionBody {
        #[serde(rename = "sessionToken")]
        pub session_token: crate::Secret,
    }
    impl AdminRevokeUserSessionBody {
        pub fn builder() -> builder::AdminRevokeUserSessionBody {
            Default::default()
        }
    }
    ///`AdminRevokeUserSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminRevokeUserSessionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl AdminRevokeUserSessionResponse {
        pub fn builder() -> builder::AdminRevokeUserSessionResponse {
            Default::default()
        }
    }
    ///`AdminRevokeUserSessionsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminRevokeUserSessionsBody {
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminRevokeUserSessionsBody {
        pub fn builder() -> builder::AdminRevokeUserSessionsBody {
            Default::default()
        }
    }
    ///`AdminRevokeUserSessionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminRevokeUserSessionsResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl AdminRevokeUserSessionsResponse {
        pub fn builder() -> builder::AdminRevokeUserSessionsResponse {
            Default::default()
        }
    }
    ///`AdminSetRoleBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminSetRoleBody {
        ///The role to set, this can be a string or an array of strings. Eg: `admin` or `[admin, user]`
        pub role: AdminSetRoleBodyRole,
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminSetRoleBody {
        pub fn builder() -> builder::AdminSetRoleBody {
            Default::default()
        }
    }
    ///The role to set, this can be a string or an array of strings. Eg: `admin` or `[admin, user]`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum AdminSetRoleBodyRole {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for AdminSetRoleBodyRole {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///`AdminSetRoleResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminSetRoleResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl AdminSetRoleResponse {
        pub fn builder() -> builder::AdminSetRoleResponse {
            Default::default()
        }
    }
    ///`AdminSetUserPasswordBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminSetUserPasswordBody {
        #[serde(rename = "newPassword")]
        pub new_password: crate::Secret,
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: AdminSetUserPasswordBodyUserId,
    }
    impl AdminSetUserPasswordBody {
        pub fn builder() -> builder::AdminSetUserPasswordBody {
            Default::default()
        }
    }
    ///The user id
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct AdminSetUserPasswordBodyUserId(::std::string::String);
    impl ::std::ops::Deref for AdminSetUserPasswordBodyUserId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<AdminSetUserPasswordBodyUserId> for ::std::string::String {
        fn from(value: AdminSetUserPasswordBodyUserId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for AdminSetUserPasswordBodyUserId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for AdminSetUserPasswordBodyUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for AdminSetUserPasswordBodyUserId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for AdminSetUserPasswordBodyUserId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`AdminSetUserPasswordResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminSetUserPasswordResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl AdminSetUserPasswordResponse {
        pub fn builder() -> builder::AdminSetUserPasswordResponse {
            Default::default()
        }
    }
    ///`AdminStopImpersonatingResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminStopImpersonatingResponse {
        pub session: Session,
        pub user: User,
    }
    impl AdminStopImpersonatingResponse {
        pub fn builder() -> builder::AdminStopImpersonatingResponse {
            Default::default()
        }
    }
    ///`AdminUnbanUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminUnbanUserBody {
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminUnbanUserBody {
        pub fn builder() -> builder::AdminUnbanUserBody {
            Default::default()
        }
    }
    ///`AdminUnbanUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct AdminUnbanUserResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl AdminUnbanUserResponse {
        pub fn builder() -> builder::AdminUnbanUserResponse {
            Default::default()
        }
    }
    ///`AdminUpdateUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct AdminUpdateUserBody {
        ///The user data to update
        pub data: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The user id
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl AdminUpdateUserBody {
        pub fn builder() -> builder::AdminUpdateUserBody {
            Default::default()
        }
    }
    ///The body of an error answer: Better Auth's error code and message.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct BetterAuthError {
        ///Better Auth's error code, e.g. `INVALID_EMAIL_OR_PASSWORD`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        ///A human-readable message.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl BetterAuthError {
        pub fn builder() -> builder::BetterAuthError {
            Default::default()
        }
    }
    ///`CallbackByIdPostBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct CallbackByIdPostBody {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub device_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error_description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iss: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<::std::string::String>,
    }
    impl CallbackByIdPostBody {
        pub fn builder() -> builder::CallbackByIdPostBody {
            Default::default()
        }
    }
    ///`ChangeEmailBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChangeEmailBody {
        ///The URL to redirect to after email verification
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///The new email address to set must be a valid email address
        #[serde(rename = "newEmail")]
        pub new_email: ::std::string::String,
    }
    impl ChangeEmailBody {
        pub fn builder() -> builder::ChangeEmailBody {
            Default::default()
        }
    }
    ///`ChangeEmailResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChangeEmailResponse {
        ///Status message of the email change process
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<ChangeEmailResponseMessage>,
        ///Indicates if the request was successful
        pub status: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl ChangeEmailResponse {
        pub fn builder() -> builder::ChangeEmailResponse {
            Default::default()
        }
    }
    ///Status message of the email change process
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum ChangeEmailResponseMessage {
        #[serde(rename = "Email updated")]
        EmailUpdated,
        #[serde(rename = "Verification email sent")]
        VerificationEmailSent,
    }
    impl ::std::fmt::Display for ChangeEmailResponseMessage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EmailUpdated => f.write_str("Email updated"),
                Self::VerificationEmailSent => f.write_str("Verification email sent"),
            }
        }
    }
    impl ::std::str::FromStr for ChangeEmailResponseMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Email updated" => Ok(Self::EmailUpdated),
                "Verification email sent" => Ok(Self::VerificationEmailSent),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for ChangeEmailResponseMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ChangeEmailResponseMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`ChangePasswordBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChangePasswordBody {
        #[serde(rename = "currentPassword")]
        pub current_password: crate::Secret,
        #[serde(rename = "newPassword")]
        pub new_password: crate::Secret,
        ///Must be a boolean value
        #[serde(
            rename = "revokeOtherSessions",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub revoke_other_sessions: ::std::option::Option<bool>,
    }
    impl ChangePasswordBody {
        pub fn builder() -> builder::ChangePasswordBody {
            Default::default()
        }
    }
    ///`ChangePasswordResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ChangePasswordResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
        pub user: User,
    }
    impl ChangePasswordResponse {
        pub fn builder() -> builder::ChangePasswordResponse {
            Default::default()
        }
    }
    ///`DeleteUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct DeleteUserBody {
        ///The callback URL to redirect to after the user is deleted
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
    }
    impl DeleteUserBody {
        pub fn builder() -> builder::DeleteUserBody {
            Default::default()
        }
    }
    ///`DeleteUserCallbackResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeleteUserCallbackResponse {
        ///Confirmation message
        pub message: DeleteUserCallbackResponseMessage,
        ///Indicates if the deletion was successful
        pub success: bool,
    }
    impl DeleteUserCallbackResponse {
        pub fn builder() -> builder::DeleteUserCallbackResponse {
            Default::default()
        }
    }
    ///Confirmation message
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum DeleteUserCallbackResponseMessage {
        #[serde(rename = "User deleted")]
        UserDeleted,
    }
    impl ::std::fmt::Display for DeleteUserCallbackResponseMessage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::UserDeleted => f.write_str("User deleted"),
            }
        }
    }
    impl ::std::str::FromStr for DeleteUserCallbackResponseMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "User deleted" => Ok(Self::UserDeleted),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteUserCallbackResponseMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for DeleteUserCallbackResponseMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`DeleteUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct DeleteUserResponse {
        ///Status message of the deletion process
        pub message: DeleteUserResponseMessage,
        ///Indicates if the operation was successful
        pub success: bool,
    }
    impl DeleteUserResponse {
        pub fn builder() -> builder::DeleteUserResponse {
            Default::default()
        }
    }
    ///Status message of the deletion process
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum DeleteUserResponseMessage {
        #[serde(rename = "User deleted")]
        UserDeleted,
        #[serde(rename = "Verification email sent")]
        VerificationEmailSent,
    }
    impl ::std::fmt::Display for DeleteUserResponseMessage {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::UserDeleted => f.write_str("User deleted"),
                Self::VerificationEmailSent => f.write_str("Verification email sent"),
            }
        }
    }
    impl ::std::str::FromStr for DeleteUserResponseMessage {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "User deleted" => Ok(Self::UserDeleted),
                "Verification email sent" => Ok(Self::VerificationEmailSent),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for DeleteUserResponseMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DeleteUserResponseMessage {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`EmailOtpChangeEmailBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpChangeEmailBody {
        ///New email address to verify and change to
        #[serde(rename = "newEmail")]
        pub new_email: ::std::string::String,
        pub otp: crate::Secret,
    }
    impl EmailOtpChangeEmailBody {
        pub fn builder() -> builder::EmailOtpChangeEmailBody {
            Default::default()
        }
    }
    ///`EmailOtpChangeEmailResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailOtpChangeEmailResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl EmailOtpChangeEmailResponse {
        pub fn builder() -> builder::EmailOtpChangeEmailResponse {
            Default::default()
        }
    }
    ///`EmailOtpCheckVerificationOtpBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpCheckVerificationOtpBody {
        ///Email address the OTP was sent to
        pub email: ::std::string::String,
        pub otp: crate::Secret,
        ///Type of the OTP
        #[serde(rename = "type")]
        pub type_: EmailOtpCheckVerificationOtpBodyType,
    }
    impl EmailOtpCheckVerificationOtpBody {
        pub fn builder() -> builder::EmailOtpCheckVerificationOtpBody {
            Default::default()
        }
    }
    ///Type of the OTP
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum EmailOtpCheckVerificationOtpBodyType {
        #[serde(rename = "email-verification")]
        EmailVerification,
        #[serde(rename = "sign-in")]
        SignIn,
        #[serde(rename = "forget-password")]
        ForgetPassword,
        #[serde(rename = "change-email")]
        ChangeEmail,
    }
    impl ::std::fmt::Display for EmailOtpCheckVerificationOtpBodyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EmailVerification => f.write_str("email-verification"),
                Self::SignIn => f.write_str("sign-in"),
                Self::ForgetPassword => f.write_str("forget-password"),
                Self::ChangeEmail => f.write_str("change-email"),
            }
        }
    }
    impl ::std::str::FromStr for EmailOtpCheckVerificationOtpBodyType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "email-verification" => Ok(Self::EmailVerification),
                "sign-in" => Ok(Self::SignIn),
                "forget-password" => Ok(Self::ForgetPassword),
                "change-email" => Ok(Self::ChangeEmail),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EmailOtpCheckVerificationOtpBodyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for EmailOtpCheckVerificationOtpBodyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`EmailOtpCheckVerificationOtpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailOtpCheckVerificationOtpResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl EmailOtpCheckVerificationOtpResponse {
        pub fn builder() -> builder::EmailOtpCheckVerificationOtpResponse {
            Default::default()
        }
    }
    ///`EmailOtpRequestEmailChangeBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpRequestEmailChangeBody {
        ///New email address to send the OTP
        #[serde(rename = "newEmail")]
        pub new_email: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub otp: ::std::option::Option<crate::Secret>,
    }
    impl EmailOtpRequestEmailChangeBody {
        pub fn builder() -> builder::EmailOtpRequestEmailChangeBody {
            Default::default()
        }
    }
    ///`EmailOtpRequestEmailChangeResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailOtpRequestEmailChangeResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl EmailOtpRequestEmailChangeResponse {
        pub fn builder() -> builder::EmailOtpRequestEmailChangeResponse {
            Default::default()
        }
    }
    ///`EmailOtpRequestPasswordResetBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpRequestPasswordResetBody {
        ///Email address to send the OTP
        pub email: ::std::string::String,
    }
    impl EmailOtpRequestPasswordResetBody {
        pub fn builder() -> builder::EmailOtpRequestPasswordResetBody {
            Default::default()
        }
    }
    ///`EmailOtpRequestPasswordResetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailOtpRequestPasswordResetResponse {
        ///Indicates if the OTP was sent successfully
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl EmailOtpRequestPasswordResetResponse {
        pub fn builder() -> builder::EmailOtpRequestPasswordResetResponse {
            Default::default()
        }
    }
    ///`EmailOtpResetPasswordBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpResetPasswordBody {
        ///Email address to reset the password
        pub email: ::std::string::String,
        pub otp: crate::Secret,
        pub password: crate::Secret,
    }
    impl EmailOtpResetPasswordBody {
        pub fn builder() -> builder::EmailOtpResetPasswordBody {
            Default::default()
        }
    }
    ///`EmailOtpResetPasswordResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailOtpResetPasswordResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl EmailOtpResetPasswordResponse {
        pub fn builder() -> builder::EmailOtpResetPasswordResponse {
            Default::default()
        }
    }
    ///`EmailOtpSendVerificationOtpBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpSendVerificationOtpBody {
        ///Email address to send the OTP
        pub email: ::std::string::String,
        ///Type of the OTP
        #[serde(rename = "type")]
        pub type_: EmailOtpSendVerificationOtpBodyType,
    }
    impl EmailOtpSendVerificationOtpBody {
        pub fn builder() -> builder::EmailOtpSendVerificationOtpBody {
            Default::default()
        }
    }
    ///Type of the OTP
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum EmailOtpSendVerificationOtpBodyType {
        #[serde(rename = "email-verification")]
        EmailVerification,
        #[serde(rename = "sign-in")]
        SignIn,
        #[serde(rename = "forget-password")]
        ForgetPassword,
        #[serde(rename = "change-email")]
        ChangeEmail,
    }
    impl ::std::fmt::Display for EmailOtpSendVerificationOtpBodyType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::EmailVerification => f.write_str("email-verification"),
                Self::SignIn => f.write_str("sign-in"),
                Self::ForgetPassword => f.write_str("forget-password"),
                Self::ChangeEmail => f.write_str("change-email"),
            }
        }
    }
    impl ::std::str::FromStr for EmailOtpSendVerificationOtpBodyType {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "email-verification" => Ok(Self::EmailVerification),
                "sign-in" => Ok(Self::SignIn),
                "forget-password" => Ok(Self::ForgetPassword),
                "change-email" => Ok(Self::ChangeEmail),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for EmailOtpSendVerificationOtpBodyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for EmailOtpSendVerificationOtpBodyType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`EmailOtpSendVerificationOtpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct EmailOtpSendVerificationOtpResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl EmailOtpSendVerificationOtpResponse {
        pub fn builder() -> builder::EmailOtpSendVerificationOtpResponse {
            Default::default()
        }
    }
    ///`EmailOtpVerifyEmailBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpVerifyEmailBody {
        ///Email address to verify
        pub email: ::std::string::String,
        pub otp: crate::Secret,
    }
    impl EmailOtpVerifyEmailBody {
        pub fn builder() -> builder::EmailOtpVerifyEmailBody {
            Default::default()
        }
    }
    ///`EmailOtpVerifyEmailResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct EmailOtpVerifyEmailResponse {
        ///Indicates if the verification was successful
        pub status: bool,
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        pub token: ::std::option::Option<crate::Secret>,
        pub user: User,
    }
    impl EmailOtpVerifyEmailResponse {
        pub fn builder() -> builder::EmailOtpVerifyEmailResponse {
            Default::default()
        }
    }
    ///`ForgetPasswordEmailOtpBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ForgetPasswordEmailOtpBody {
        ///Email address to send the OTP
        pub email: ::std::string::String,
    }
    impl ForgetPasswordEmailOtpBody {
        pub fn builder() -> builder::ForgetPasswordEmailOtpBody {
            Default::default()
        }
    }
    ///`ForgetPasswordEmailOtpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ForgetPasswordEmailOtpResponse {
        ///Indicates if the OTP was sent successfully
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
    }
    impl ForgetPasswordEmailOtpResponse {
        pub fn builder() -> builder::ForgetPasswordEmailOtpResponse {
            Default::default()
        }
    }
    ///`GetAccessTokenBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum GetAccessTokenBody {
        Variant0 {
            ///The Better Auth account ID
            #[serde(rename = "accountId")]
            account_id: ::std::string::String,
            ///The user ID associated with the account
            #[serde(
                rename = "userId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            user_id: ::std::option::Option<::std::string::String>,
        },
        Variant1 {
            ///Select the current OAuth account from its signed cookie
            #[serde(rename = "useAccountCookie")]
            use_account_cookie: bool,
            ///The user ID associated with the account
            #[serde(
                rename = "userId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            user_id: ::std::option::Option<::std::string::String>,
        },
    }
    ///`GetAccessTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct GetAccessTokenResponse {
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "accessTokenExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "idToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "tokenType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_type: ::std::option::Option<::std::string::String>,
    }
    impl GetAccessTokenResponse {
        pub fn builder() -> builder::GetAccessTokenResponse {
            Default::default()
        }
    }
    ///`GetSessionPostBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct GetSessionPostBody {}
    impl GetSessionPostBody {
        pub fn builder() -> builder::GetSessionPostBody {
            Default::default()
        }
    }
    ///`GetSessionPostResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetSessionPostResponse {
        pub session: Session,
        pub user: User,
    }
    impl GetSessionPostResponse {
        pub fn builder() -> builder::GetSessionPostResponse {
            Default::default()
        }
    }
    ///`GetSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct GetSessionResponse {
        pub session: Session,
        pub user: User,
    }
    impl GetSessionResponse {
        pub fn builder() -> builder::GetSessionResponse {
            Default::default()
        }
    }
    ///`Invitation`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Invitation {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub email: ::std::string::String,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(rename = "inviterId")]
        pub inviter_id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<::std::string::String>,
        pub status: ::std::string::String,
    }
    impl Invitation {
        pub fn builder() -> builder::Invitation {
            Default::default()
        }
    }
    ///`Jwks`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Jwks {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub alg: ::std::option::Option<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub crv: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "expiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expires_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub id: ::std::string::String,
        #[serde(rename = "privateKey")]
        pub private_key: ::std::string::String,
        #[serde(rename = "publicKey")]
        pub public_key: ::std::string::String,
    }
    impl Jwks {
        pub fn builder() -> builder::Jwks {
            Default::default()
        }
    }
    ///`JwksResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JwksResponse {
        ///Array of public JSON Web Keys
        pub keys: ::std::vec::Vec<JwksResponseKeysItem>,
    }
    impl JwksResponse {
        pub fn builder() -> builder::JwksResponse {
            Default::default()
        }
    }
    ///`JwksResponseKeysItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct JwksResponseKeysItem {
        ///Algorithm intended for use with the key (e.g., 'EdDSA', 'RS256')
        pub alg: ::std::string::String,
        ///Curve name for elliptic curve keys (e.g., 'Ed25519', 'P-256')
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub crv: ::std::option::Option<::std::string::String>,
        ///Exponent for RSA keys (base64url-encoded)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub e: ::std::option::Option<::std::string::String>,
        ///Key ID uniquely identifying the key, corresponds to the 'id' from the stored Jwk
        pub kid: ::std::string::String,
        ///Key type (e.g., 'RSA', 'EC', 'OKP')
        pub kty: ::std::string::String,
        ///Modulus for RSA keys (base64url-encoded)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub n: ::std::option::Option<::std::string::String>,
        ///Intended use of the public key (e.g., 'sig' for signature)
        #[serde(rename = "use", skip_serializing_if = "::std::option::Option::is_none")]
        pub use_: ::std::option::Option<JwksResponseKeysItemUse>,
        ///X coordinate for elliptic curve keys (base64url-encoded)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub x: ::std::option::Option<::std::string::String>,
        ///Y coordinate for elliptic curve keys (base64url-encoded)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub y: ::std::option::Option<::std::string::String>,
    }
    impl JwksResponseKeysItem {
        pub fn builder() -> builder::JwksResponseKeysItem {
            Default::default()
        }
    }
    ///Intended use of the public key (e.g., 'sig' for signature)
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum JwksResponseKeysItemUse {
        #[serde(rename = "sig")]
        Sig,
    }
    impl ::std::fmt::Display for JwksResponseKeysItemUse {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Sig => f.write_str("sig"),
            }
        }
    }
    impl ::std::str::FromStr for JwksResponseKeysItemUse {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "sig" => Ok(Self::Sig),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for JwksResponseKeysItemUse {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for JwksResponseKeysItemUse {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`LinkSocialBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LinkSocialBody {
        #[serde(
            rename = "additionalData",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub additional_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Extra query parameters to append to the provider authorization URL (e.g. Cognito identity_provider, Google hd).
        #[serde(
            rename = "additionalParams",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub additional_params: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///The URL to redirect to after the user has signed in
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Disable automatic redirection to the provider. Useful for handling the redirection yourself
        #[serde(
            rename = "disableRedirect",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_redirect: ::std::option::Option<bool>,
        ///The URL to redirect to if there is an error during the link process
        #[serde(
            rename = "errorCallbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_callback_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "idToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id_token: ::std::option::Option<LinkSocialBodyIdToken>,
        ///The login hint to use for the authorization code request
        #[serde(
            rename = "loginHint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_hint: ::std::option::Option<::std::string::String>,
        pub provider: ::std::string::String,
        #[serde(
            rename = "requestSignUp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_sign_up: ::std::option::Option<bool>,
        ///Additional scopes to request from the provider
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl LinkSocialBody {
        pub fn builder() -> builder::LinkSocialBody {
            Default::default()
        }
    }
    ///`LinkSocialBodyIdToken`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LinkSocialBodyIdToken {
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nonce: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "refreshToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token: ::std::option::Option<crate::Secret>,
        pub token: crate::Secret,
    }
    impl LinkSocialBodyIdToken {
        pub fn builder() -> builder::LinkSocialBodyIdToken {
            Default::default()
        }
    }
    ///`LinkSocialResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct LinkSocialResponse {
        ///Indicates if the user should be redirected to the authorization URL
        pub redirect: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
        ///The authorization URL to redirect the user to
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl LinkSocialResponse {
        pub fn builder() -> builder::LinkSocialResponse {
            Default::default()
        }
    }
    ///`ListAccountsResponseItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ListAccountsResponseItem {
        #[serde(rename = "accountId")]
        pub account_id: ::std::string::String,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(rename = "providerId")]
        pub provider_id: ::std::string::String,
        pub scopes: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl ListAccountsResponseItem {
        pub fn builder() -> builder::ListAccountsResponseItem {
            Default::default()
        }
    }
    ///`MagicLinkVerifyResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MagicLinkVerifyResponse {
        pub session: Session,
        pub token: crate::Secret,
        pub user: User,
    }
    impl MagicLinkVerifyResponse {
        pub fn builder() -> builder::MagicLinkVerifyResponse {
            Default::default()
        }
    }
    ///`Member`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Member {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        pub role: ::std::string::String,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Member {
        pub fn builder() -> builder::Member {
            Default::default()
        }
    }
    ///A member with its user
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct MemberWithUser {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        pub role: ::std::string::String,
        pub user: OrganizationMemberUser,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl MemberWithUser {
        pub fn builder() -> builder::MemberWithUser {
            Default::default()
        }
    }
    ///`OkResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OkResponse {
        ///Indicates if the API is working
        pub ok: bool,
    }
    impl OkResponse {
        pub fn builder() -> builder::OkResponse {
            Default::default()
        }
    }
    ///`Organization`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Organization {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo: ::std::option::Option<::std::string::String>,
        ///Any JSON: an object from organization/create, a JSON string elsewhere
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::serde_json::Value>,
        pub name: ::std::string::String,
        pub slug: ::std::string::String,
    }
    impl Organization {
        pub fn builder() -> builder::Organization {
            Default::default()
        }
    }
    ///`OrganizationAcceptInvitationBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationAcceptInvitationBody {
        ///The ID of the invitation to accept
        #[serde(rename = "invitationId")]
        pub invitation_id: ::std::string::String,
    }
    impl OrganizationAcceptInvitationBody {
        pub fn builder() -> builder::OrganizationAcceptInvitationBody {
            Default::default()
        }
    }
    ///`OrganizationAcceptInvitationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationAcceptInvitationResponse {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub invitation: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub member: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrganizationAcceptInvitationResponse {
        pub fn builder() -> builder::OrganizationAcceptInvitationResponse {
            Default::default()
        }
    }
    ///`OrganizationCancelInvitationBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationCancelInvitationBody {
        ///The ID of the invitation to cancel
        #[serde(rename = "invitationId")]
        pub invitation_id: ::std::string::String,
    }
    impl OrganizationCancelInvitationBody {
        pub fn builder() -> builder::OrganizationCancelInvitationBody {
            Default::default()
        }
    }
    ///`OrganizationCheckSlugBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationCheckSlugBody {
        ///The organization slug to check. Eg: "my-org"
        pub slug: ::std::string::String,
    }
    impl OrganizationCheckSlugBody {
        pub fn builder() -> builder::OrganizationCheckSlugBody {
            Default::default()
        }
    }
    ///`OrganizationCheckSlugResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationCheckSlugResponse {
        pub status: bool,
    }
    impl OrganizationCheckSlugResponse {
        pub fn builder() -> builder::OrganizationCheckSlugResponse {
            Default::default()
        }
    }
    ///`OrganizationCreateBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationCreateBody {
        ///Whether to keep the current active organization active after creating a new one. Eg: true
        #[serde(
            rename = "keepCurrentActiveOrganization",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub keep_current_active_organization: ::std::option::Option<bool>,
        ///The logo of the organization
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo: ::std::option::Option<::std::string::String>,
        ///The metadata of the organization
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The name of the organization
        pub name: OrganizationCreateBodyName,
        ///The slug of the organization
        pub slug: OrganizationCreateBodySlug,
        ///The user id of the organization creator. If not provided, the current user will be used. Should only be used by admins or when called by the server. server-only. Eg: "user-id"
        #[serde(
            rename = "userId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_id: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationCreateBody {
        pub fn builder() -> builder::OrganizationCreateBody {
            Default::default()
        }
    }
    ///The name of the organization
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OrganizationCreateBodyName(::std::string::String);
    impl ::std::ops::Deref for OrganizationCreateBodyName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationCreateBodyName> for ::std::string::String {
        fn from(value: OrganizationCreateBodyName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrganizationCreateBodyName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OrganizationCreateBodyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrganizationCreateBodyName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrganizationCreateBodyName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The slug of the organization
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OrganizationCreateBodySlug(::std::string::String);
    impl ::std::ops::Deref for OrganizationCreateBodySlug {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationCreateBodySlug> for ::std::string::String {
        fn from(value: OrganizationCreateBodySlug) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrganizationCreateBodySlug {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OrganizationCreateBodySlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrganizationCreateBodySlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrganizationCreateBodySlug {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The new organization with its one member, the creator
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationCreateResponse {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo: ::std::option::Option<::std::string::String>,
        pub members: ::std::vec::Vec<Member>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::serde_json::Value>,
        pub name: ::std::string::String,
        pub slug: ::std::string::String,
    }
    impl OrganizationCreateResponse {
        pub fn builder() -> builder::OrganizationCreateResponse {
            Default::default()
        }
    }
    ///`OrganizationDeleteBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationDeleteBody {
        ///The organization id to delete
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
    }
    impl OrganizationDeleteBody {
        pub fn builder() -> builder::OrganizationDeleteBody {
            Default::default()
        }
    }
    ///`OrganizationGetActiveMemberRoleResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationGetActiveMemberRoleResponse {
        pub role: ::std::string::String,
    }
    impl OrganizationGetActiveMemberRoleResponse {
        pub fn builder() -> builder::OrganizationGetActiveMemberRoleResponse {
            Default::default()
        }
    }
    ///The limit of members to get. By default, it uses the membershipLimit option.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationGetFullOrganizationMembersLimit {
        Number(f64),
        String(::std::string::String),
    }
    impl ::std::fmt::Display for OrganizationGetFullOrganizationMembersLimit {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::Number(x) => x.fmt(f),
                Self::String(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for OrganizationGetFullOrganizationMembersLimit {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///An organization with its members and invitations; null when no organization is given and none is active
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationGetFullOrganizationResponse {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        pub invitations: ::std::vec::Vec<Invitation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo: ::std::option::Option<::std::string::String>,
        pub members: ::std::vec::Vec<MemberWithUser>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub metadata: ::std::option::Option<::serde_json::Value>,
        pub name: ::std::string::String,
        pub slug: ::std::string::String,
    }
    impl OrganizationGetFullOrganizationResponse {
        pub fn builder() -> builder::OrganizationGetFullOrganizationResponse {
            Default::default()
        }
    }
    ///`OrganizationGetInvitationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationGetInvitationResponse {
        #[serde(
            rename = "createdAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub created_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub email: ::std::string::String,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(rename = "inviterEmail")]
        pub inviter_email: ::std::string::String,
        #[serde(rename = "inviterId")]
        pub inviter_id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        #[serde(rename = "organizationName")]
        pub organization_name: ::std::string::String,
        #[serde(rename = "organizationSlug")]
        pub organization_slug: ::std::string::String,
        pub role: ::std::string::String,
        pub status: ::std::string::String,
    }
    impl OrganizationGetInvitationResponse {
        pub fn builder() -> builder::OrganizationGetInvitationResponse {
            Default::default()
        }
    }
    ///`OrganizationHasPermissionBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationHasPermissionBody {
        ///The permission to check
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub permission: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The permission to check
        pub permissions: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    }
    impl OrganizationHasPermissionBody {
        pub fn builder() -> builder::OrganizationHasPermissionBody {
            Default::default()
        }
    }
    ///`OrganizationHasPermissionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationHasPermissionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<::std::string::String>,
        pub success: bool,
    }
    impl OrganizationHasPermissionResponse {
        pub fn builder() -> builder::OrganizationHasPermissionResponse {
            Default::default()
        }
    }
    ///`OrganizationInviteMemberBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationInviteMemberBody {
        ///The email address of the user to invite
        pub email: ::std::string::String,
        ///The organization ID to invite the user to
        #[serde(
            rename = "organizationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
        ///Resend the invitation email, if the user is already invited. Eg: true
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub resend: ::std::option::Option<bool>,
        ///The role(s) to assign to the user. It can be `admin`, `member`, owner. Eg: "member"
        pub role: OrganizationInviteMemberBodyRole,
        #[serde(
            rename = "teamId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_id: ::std::option::Option<OrganizationInviteMemberBodyTeamId>,
    }
    impl OrganizationInviteMemberBody {
        pub fn builder() -> builder::OrganizationInviteMemberBody {
            Default::default()
        }
    }
    ///The role(s) to assign to the user. It can be `admin`, `member`, owner. Eg: "member"
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationInviteMemberBodyRole {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for OrganizationInviteMemberBodyRole {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///`OrganizationInviteMemberBodyTeamId`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationInviteMemberBodyTeamId {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for OrganizationInviteMemberBodyTeamId {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///`OrganizationInviteMemberResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationInviteMemberResponse {
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        pub email: ::std::string::String,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(rename = "inviterId")]
        pub inviter_id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        pub role: ::std::string::String,
        pub status: ::std::string::String,
    }
    impl OrganizationInviteMemberResponse {
        pub fn builder() -> builder::OrganizationInviteMemberResponse {
            Default::default()
        }
    }
    ///`OrganizationLeaveBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationLeaveBody {
        ///The organization Id for the member to leave. Eg: "organization-id"
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
    }
    impl OrganizationLeaveBody {
        pub fn builder() -> builder::OrganizationLeaveBody {
            Default::default()
        }
    }
    ///The operator to use for the filter
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum OrganizationListMembersFilterOperator {
        #[serde(rename = "eq")]
        Eq,
        #[serde(rename = "ne")]
        Ne,
        #[serde(rename = "lt")]
        Lt,
        #[serde(rename = "lte")]
        Lte,
        #[serde(rename = "gt")]
        Gt,
        #[serde(rename = "gte")]
        Gte,
        #[serde(rename = "in")]
        In,
        #[serde(rename = "not_in")]
        NotIn,
        #[serde(rename = "contains")]
        Contains,
        #[serde(rename = "starts_with")]
        StartsWith,
        #[serde(rename = "ends_with")]
        EndsWith,
    }
    impl ::std::fmt::Display for OrganizationListMembersFilterOperator {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Eq => f.write_str("eq"),
                Self::Ne => f.write_str("ne"),
                Self::Lt => f.write_str("lt"),
                Self::Lte => f.write_str("lte"),
                Self::Gt => f.write_str("gt"),
                Self::Gte => f.write_str("gte"),
                Self::In => f.write_str("in"),
                Self::NotIn => f.write_str("not_in"),
                Self::Contains => f.write_str("contains"),
                Self::StartsWith => f.write_str("starts_with"),
                Self::EndsWith => f.write_str("ends_with"),
            }
        }
    }
    impl ::std::str::FromStr for OrganizationListMembersFilterOperator {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "eq" => Ok(Self::Eq),
                "ne" => Ok(Self::Ne),
                "lt" => Ok(Self::Lt),
                "lte" => Ok(Self::Lte),
                "gt" => Ok(Self::Gt),
                "gte" => Ok(Self::Gte),
                "in" => Ok(Self::In),
                "not_in" => Ok(Self::NotIn),
                "contains" => Ok(Self::Contains),
                "starts_with" => Ok(Self::StartsWith),
                "ends_with" => Ok(Self::EndsWith),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrganizationListMembersFilterOperator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OrganizationListMembersFilterOperator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OrganizationListMembersFilterValue`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationListMembersFilterValue {
        Variant0(::std::string::String),
        Variant1(f64),
        Variant2(bool),
        Variant3(::std::vec::Vec<::std::string::String>),
        Variant4(::std::vec::Vec<f64>),
    }
    impl ::std::convert::From<f64> for OrganizationListMembersFilterValue {
        fn from(value: f64) -> Self {
            Self::Variant1(value)
        }
    }
    impl ::std::convert::From<bool> for OrganizationListMembersFilterValue {
        fn from(value: bool) -> Self {
            Self::Variant2(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for OrganizationListMembersFilterValue {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Variant3(value)
        }
    }
    impl ::std::convert::From<::std::vec::Vec<f64>>
    for OrganizationListMembersFilterValue {
        fn from(value: ::std::vec::Vec<f64>) -> Self {
            Self::Variant4(value)
        }
    }
    ///`OrganizationListMembersLimit`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationListMembersLimit {
        String(::std::string::String),
        Number(f64),
    }
    impl ::std::fmt::Display for OrganizationListMembersLimit {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for OrganizationListMembersLimit {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///`OrganizationListMembersOffset`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationListMembersOffset {
        String(::std::string::String),
        Number(f64),
    }
    impl ::std::fmt::Display for OrganizationListMembersOffset {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Number(x) => x.fmt(f),
            }
        }
    }
    impl ::std::convert::From<f64> for OrganizationListMembersOffset {
        fn from(value: f64) -> Self {
            Self::Number(value)
        }
    }
    ///`OrganizationListMembersResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationListMembersResponse {
        pub members: ::std::vec::Vec<MemberWithUser>,
        pub total: f64,
    }
    impl OrganizationListMembersResponse {
        pub fn builder() -> builder::OrganizationListMembersResponse {
            Default::default()
        }
    }
    ///The direction to sort by
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd
    )]
    pub enum OrganizationListMembersSortDirection {
        #[serde(rename = "asc")]
        Asc,
        #[serde(rename = "desc")]
        Desc,
    }
    impl ::std::fmt::Display for OrganizationListMembersSortDirection {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("asc"),
                Self::Desc => f.write_str("desc"),
            }
        }
    }
    impl ::std::str::FromStr for OrganizationListMembersSortDirection {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "asc" => Ok(Self::Asc),
                "desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for OrganizationListMembersSortDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OrganizationListMembersSortDirection {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///`OrganizationListUserInvitationsResponseItem`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationListUserInvitationsResponseItem {
        #[serde(rename = "createdAt")]
        pub created_at: ::std::string::String,
        pub email: ::std::string::String,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::std::string::String,
        pub id: ::std::string::String,
        ///The ID of the user who created the invitation
        #[serde(rename = "inviterId")]
        pub inviter_id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        #[serde(rename = "organizationName")]
        pub organization_name: ::std::string::String,
        pub role: ::std::string::String,
        pub status: ::std::string::String,
        ///The ID of the team associated with the invitation
        #[serde(
            rename = "teamId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub team_id: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationListUserInvitationsResponseItem {
        pub fn builder() -> builder::OrganizationListUserInvitationsResponseItem {
            Default::default()
        }
    }
    ///The member's user, as organization routes show it
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationMemberUser {
        pub email: ::std::string::String,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
    }
    impl OrganizationMemberUser {
        pub fn builder() -> builder::OrganizationMemberUser {
            Default::default()
        }
    }
    ///`OrganizationRejectInvitationBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationRejectInvitationBody {
        ///The ID of the invitation to reject
        #[serde(rename = "invitationId")]
        pub invitation_id: ::std::string::String,
    }
    impl OrganizationRejectInvitationBody {
        pub fn builder() -> builder::OrganizationRejectInvitationBody {
            Default::default()
        }
    }
    ///`OrganizationRejectInvitationResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationRejectInvitationResponse {
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub invitation: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub member: ::std::option::Option<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        >,
    }
    impl OrganizationRejectInvitationResponse {
        pub fn builder() -> builder::OrganizationRejectInvitationResponse {
            Default::default()
        }
    }
    ///`OrganizationRemoveMemberBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationRemoveMemberBody {
        ///The ID or email of the member to remove
        #[serde(rename = "memberIdOrEmail")]
        pub member_id_or_email: ::std::string::String,
        ///The ID of the organization to remove the member from. If not provided, the active organization will be used. Eg: "org-id"
        #[serde(
            rename = "organizationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationRemoveMemberBody {
        pub fn builder() -> builder::OrganizationRemoveMemberBody {
            Default::default()
        }
    }
    ///`OrganizationRemoveMemberResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationRemoveMemberResponse {
        pub member: OrganizationRemoveMemberResponseMember,
    }
    impl OrganizationRemoveMemberResponse {
        pub fn builder() -> builder::OrganizationRemoveMemberResponse {
            Default::default()
        }
    }
    ///`OrganizationRemoveMemberResponseMember`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationRemoveMemberResponseMember {
        pub id: ::std::string::String,
        #[serde(rename = "organizationId")]
        pub organization_id: ::std::string::String,
        pub role: ::std::string::String,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl OrganizationRemoveMemberResponseMember {
        pub fn builder() -> builder::OrganizationRemoveMemberResponseMember {
            Default::default()
        }
    }
    ///`OrganizationSetActiveBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationSetActiveBody {
        ///The organization id to set as active. It can be null to unset the active organization. Eg: "org-id"
        #[serde(
            rename = "organizationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
        ///The organization slug to set as active. It can be null to unset the active organization if organizationId is not provided. Eg: "org-slug"
        #[serde(
            rename = "organizationSlug",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organization_slug: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationSetActiveBody {
        pub fn builder() -> builder::OrganizationSetActiveBody {
            Default::default()
        }
    }
    ///`OrganizationUpdateBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationUpdateBody {
        pub data: OrganizationUpdateBodyData,
        ///The organization ID. Eg: "org-id"
        #[serde(
            rename = "organizationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
    }
    impl OrganizationUpdateBody {
        pub fn builder() -> builder::OrganizationUpdateBody {
            Default::default()
        }
    }
    ///`OrganizationUpdateBodyData`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct OrganizationUpdateBodyData {
        ///The logo of the organization
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub logo: ::std::option::Option<::std::string::String>,
        ///The metadata of the organization
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///The name of the organization
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<OrganizationUpdateBodyDataName>,
        ///The slug of the organization
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub slug: ::std::option::Option<OrganizationUpdateBodyDataSlug>,
    }
    impl OrganizationUpdateBodyData {
        pub fn builder() -> builder::OrganizationUpdateBodyData {
            Default::default()
        }
    }
    ///The name of the organization
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OrganizationUpdateBodyDataName(::std::string::String);
    impl ::std::ops::Deref for OrganizationUpdateBodyDataName {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationUpdateBodyDataName> for ::std::string::String {
        fn from(value: OrganizationUpdateBodyDataName) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrganizationUpdateBodyDataName {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OrganizationUpdateBodyDataName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OrganizationUpdateBodyDataName {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrganizationUpdateBodyDataName {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The slug of the organization
    #[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    #[serde(transparent)]
    pub struct OrganizationUpdateBodyDataSlug(::std::string::String);
    impl ::std::ops::Deref for OrganizationUpdateBodyDataSlug {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationUpdateBodyDataSlug> for ::std::string::String {
        fn from(value: OrganizationUpdateBodyDataSlug) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrganizationUpdateBodyDataSlug {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for OrganizationUpdateBodyDataSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for OrganizationUpdateBodyDataSlug {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrganizationUpdateBodyDataSlug {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`OrganizationUpdateMemberRoleBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct OrganizationUpdateMemberRoleBody {
        ///The member id to apply the role update to. Eg: "member-id"
        #[serde(rename = "memberId")]
        pub member_id: ::std::string::String,
        ///An optional organization ID which the member is a part of to apply the role update. If not provided, you must provide session headers to get the active organization. Eg: "organization-id"
        #[serde(
            rename = "organizationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub organization_id: ::std::option::Option<::std::string::String>,
        ///The new role to be applied. This can be a string or array of strings representing the roles. Eg: ["admin", "sale"]
        pub role: OrganizationUpdateMemberRoleBodyRole,
    }
    impl OrganizationUpdateMemberRoleBody {
        pub fn builder() -> builder::OrganizationUpdateMemberRoleBody {
            Default::default()
        }
    }
    ///The new role to be applied. This can be a string or array of strings representing the roles. Eg: ["admin", "sale"]
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum OrganizationUpdateMemberRoleBodyRole {
        String(::std::string::String),
        Array(::std::vec::Vec<::std::string::String>),
    }
    impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
    for OrganizationUpdateMemberRoleBodyRole {
        fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
            Self::Array(value)
        }
    }
    ///`PhoneNumberRequestPasswordResetBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberRequestPasswordResetBody {
        #[serde(rename = "phoneNumber")]
        pub phone_number: ::std::string::String,
    }
    impl PhoneNumberRequestPasswordResetBody {
        pub fn builder() -> builder::PhoneNumberRequestPasswordResetBody {
            Default::default()
        }
    }
    ///`PhoneNumberRequestPasswordResetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberRequestPasswordResetResponse {
        ///Indicates if the OTP was sent successfully
        pub status: bool,
    }
    impl PhoneNumberRequestPasswordResetResponse {
        pub fn builder() -> builder::PhoneNumberRequestPasswordResetResponse {
            Default::default()
        }
    }
    ///`PhoneNumberResetPasswordBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberResetPasswordBody {
        #[serde(rename = "newPassword")]
        pub new_password: crate::Secret,
        pub otp: crate::Secret,
        ///The phone number to the account which intends to reset the password for. Eg: "+1234567890"
        #[serde(rename = "phoneNumber")]
        pub phone_number: ::std::string::String,
    }
    impl PhoneNumberResetPasswordBody {
        pub fn builder() -> builder::PhoneNumberResetPasswordBody {
            Default::default()
        }
    }
    ///`PhoneNumberResetPasswordResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberResetPasswordResponse {
        ///Indicates if the password was reset successfully
        pub status: bool,
    }
    impl PhoneNumberResetPasswordResponse {
        pub fn builder() -> builder::PhoneNumberResetPasswordResponse {
            Default::default()
        }
    }
    ///`PhoneNumberSendOtpBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberSendOtpBody {
        ///Phone number to send OTP. Eg: "+1234567890"
        #[serde(rename = "phoneNumber")]
        pub phone_number: ::std::string::String,
    }
    impl PhoneNumberSendOtpBody {
        pub fn builder() -> builder::PhoneNumberSendOtpBody {
            Default::default()
        }
    }
    ///`PhoneNumberSendOtpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct PhoneNumberSendOtpResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
    }
    impl PhoneNumberSendOtpResponse {
        pub fn builder() -> builder::PhoneNumberSendOtpResponse {
            Default::default()
        }
    }
    ///`PhoneNumberVerifyBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberVerifyBody {
        pub code: crate::Secret,
        ///Disable session creation after verification. Eg: false
        #[serde(
            rename = "disableSession",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_session: ::std::option::Option<bool>,
        ///Phone number to verify. Eg: "+1234567890"
        #[serde(rename = "phoneNumber")]
        pub phone_number: ::std::string::String,
        ///Check if there is a session and update the phone number. Eg: true
        #[serde(
            rename = "updatePhoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub update_phone_number: ::std::option::Option<bool>,
    }
    impl PhoneNumberVerifyBody {
        pub fn builder() -> builder::PhoneNumberVerifyBody {
            Default::default()
        }
    }
    ///`PhoneNumberVerifyResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct PhoneNumberVerifyResponse {
        ///Indicates if the verification was successful
        pub status: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl PhoneNumberVerifyResponse {
        pub fn builder() -> builder::PhoneNumberVerifyResponse {
            Default::default()
        }
    }
    ///`RefreshTokenBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum RefreshTokenBody {
        Variant0 {
            ///The Better Auth account ID
            #[serde(rename = "accountId")]
            account_id: ::std::string::String,
            ///The user ID associated with the account
            #[serde(
                rename = "userId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            user_id: ::std::option::Option<::std::string::String>,
        },
        Variant1 {
            ///Select the current OAuth account from its signed cookie
            #[serde(rename = "useAccountCookie")]
            use_account_cookie: bool,
            ///The user ID associated with the account
            #[serde(
                rename = "userId",
                skip_serializing_if = "::std::option::Option::is_none"
            )]
            user_id: ::std::option::Option<::std::string::String>,
        },
    }
    ///`RefreshTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RefreshTokenResponse {
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "accessTokenExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "idToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "refreshToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token: ::std::option::Option<crate::Secret>,
        #[serde(
            rename = "refreshTokenExpiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token_expires_at: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "tokenType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub token_type: ::std::option::Option<::std::string::String>,
    }
    impl RefreshTokenResponse {
        pub fn builder() -> builder::RefreshTokenResponse {
            Default::default()
        }
    }
    ///`RequestPasswordResetBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RequestPasswordResetBody {
        ///The email address of the user to send a password reset email to
        pub email: ::std::string::String,
        ///The URL to redirect the user to reset their password. If the token isn't valid or expired, it'll be redirected with a query parameter `?error=INVALID_TOKEN`. If the token is valid, it'll be redirected with a query parameter `?token=VALID_TOKEN
        #[serde(
            rename = "redirectTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub redirect_to: ::std::option::Option<::std::string::String>,
    }
    impl RequestPasswordResetBody {
        pub fn builder() -> builder::RequestPasswordResetBody {
            Default::default()
        }
    }
    ///`RequestPasswordResetResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct RequestPasswordResetResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub message: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl RequestPasswordResetResponse {
        pub fn builder() -> builder::RequestPasswordResetResponse {
            Default::default()
        }
    }
    ///`ResetPasswordBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct ResetPasswordBody {
        #[serde(rename = "newPassword")]
        pub new_password: crate::Secret,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
    }
    impl ResetPasswordBody {
        pub fn builder() -> builder::ResetPasswordBody {
            Default::default()
        }
    }
    ///`ResetPasswordByTokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ResetPasswordByTokenResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
    }
    impl ResetPasswordByTokenResponse {
        pub fn builder() -> builder::ResetPasswordByTokenResponse {
            Default::default()
        }
    }
    ///`ResetPasswordResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct ResetPasswordResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl ResetPasswordResponse {
        pub fn builder() -> builder::ResetPasswordResponse {
            Default::default()
        }
    }
    ///`RevokeOtherSessionsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct RevokeOtherSessionsBody {}
    impl RevokeOtherSessionsBody {
        pub fn builder() -> builder::RevokeOtherSessionsBody {
            Default::default()
        }
    }
    ///`RevokeOtherSessionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RevokeOtherSessionsResponse {
        ///Indicates if all other sessions were revoked successfully
        pub status: bool,
    }
    impl RevokeOtherSessionsResponse {
        pub fn builder() -> builder::RevokeOtherSessionsResponse {
            Default::default()
        }
    }
    ///`RevokeSessionBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RevokeSessionBody {
        pub token: crate::Secret,
    }
    impl RevokeSessionBody {
        pub fn builder() -> builder::RevokeSessionBody {
            Default::default()
        }
    }
    ///`RevokeSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RevokeSessionResponse {
        ///Indicates if the session was revoked successfully
        pub status: bool,
    }
    impl RevokeSessionResponse {
        pub fn builder() -> builder::RevokeSessionResponse {
            Default::default()
        }
    }
    ///`RevokeSessionsBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct RevokeSessionsBody {}
    impl RevokeSessionsBody {
        pub fn builder() -> builder::RevokeSessionsBody {
            Default::default()
        }
    }
    ///`RevokeSessionsResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct RevokeSessionsResponse {
        ///Indicates if all sessions were revoked successfully
        pub status: bool,
    }
    impl RevokeSessionsResponse {
        pub fn builder() -> builder::RevokeSessionsResponse {
            Default::default()
        }
    }
    ///`SendVerificationEmailBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SendVerificationEmailBody {
        ///The URL to use for email verification callback
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///The email to send the verification email to
        pub email: ::std::string::String,
    }
    impl SendVerificationEmailBody {
        pub fn builder() -> builder::SendVerificationEmailBody {
            Default::default()
        }
    }
    ///`SendVerificationEmailResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SendVerificationEmailResponse {
        ///Indicates if the email was sent successfully
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl SendVerificationEmailResponse {
        pub fn builder() -> builder::SendVerificationEmailResponse {
            Default::default()
        }
    }
    ///`Session`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Session {
        #[serde(
            rename = "activeOrganizationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub active_organization_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        #[serde(
            rename = "impersonatedBy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub impersonated_by: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "ipAddress",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ip_address: ::std::option::Option<::std::string::String>,
        pub token: crate::Secret,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            rename = "userAgent",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_agent: ::std::option::Option<::std::string::String>,
        #[serde(rename = "userId")]
        pub user_id: ::std::string::String,
    }
    impl Session {
        pub fn builder() -> builder::Session {
            Default::default()
        }
    }
    ///`SignInEmailBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInEmailBody {
        ///Callback URL to use as a redirect for email verification
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Email of the user
        pub email: ::std::string::String,
        pub password: crate::Secret,
        ///If this is false, the session will not be remembered. Default is `true`.
        #[serde(
            rename = "rememberMe",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remember_me: ::std::option::Option<bool>,
    }
    impl SignInEmailBody {
        pub fn builder() -> builder::SignInEmailBody {
            Default::default()
        }
    }
    ///`SignInEmailOtpBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInEmailOtpBody {
        ///Email address to sign in
        pub email: ::std::string::String,
        ///User profile image URL. Only used if the user is registering for the first time.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///User display name. Only used if the user is registering for the first time. Eg: "my-name"
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        pub otp: crate::Secret,
    }
    impl SignInEmailOtpBody {
        pub fn builder() -> builder::SignInEmailOtpBody {
            Default::default()
        }
    }
    ///`SignInEmailOtpResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInEmailOtpResponse {
        pub token: crate::Secret,
        pub user: User,
    }
    impl SignInEmailOtpResponse {
        pub fn builder() -> builder::SignInEmailOtpResponse {
            Default::default()
        }
    }
    ///Session response when idToken is provided
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInEmailResponse {
        pub redirect: bool,
        pub token: crate::Secret,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        pub user: User,
    }
    impl SignInEmailResponse {
        pub fn builder() -> builder::SignInEmailResponse {
            Default::default()
        }
    }
    ///`SignInMagicLinkBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInMagicLinkBody {
        ///URL to redirect after magic link verification
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Email address to send the magic link
        pub email: ::std::string::String,
        ///URL to redirect after error.
        #[serde(
            rename = "errorCallbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_callback_url: ::std::option::Option<::std::string::String>,
        ///Additional metadata to pass to sendMagicLink.
        #[serde(default, skip_serializing_if = "::serde_json::Map::is_empty")]
        pub metadata: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ///User display name. Only used if the user is registering for the first time. Eg: "my-name"
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///URL to redirect after new user signup. Only used if the user is registering for the first time.
        #[serde(
            rename = "newUserCallbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub new_user_callback_url: ::std::option::Option<::std::string::String>,
    }
    impl SignInMagicLinkBody {
        pub fn builder() -> builder::SignInMagicLinkBody {
            Default::default()
        }
    }
    ///`SignInMagicLinkResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SignInMagicLinkResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl SignInMagicLinkResponse {
        pub fn builder() -> builder::SignInMagicLinkResponse {
            Default::default()
        }
    }
    ///`SignInPhoneNumberBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInPhoneNumberBody {
        pub password: crate::Secret,
        ///Phone number to sign in. Eg: "+1234567890"
        #[serde(rename = "phoneNumber")]
        pub phone_number: ::std::string::String,
        ///Remember the session. Eg: true
        #[serde(
            rename = "rememberMe",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remember_me: ::std::option::Option<bool>,
    }
    impl SignInPhoneNumberBody {
        pub fn builder() -> builder::SignInPhoneNumberBody {
            Default::default()
        }
    }
    ///`SignInPhoneNumberResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInPhoneNumberResponse {
        pub token: crate::Secret,
        pub user: User,
    }
    impl SignInPhoneNumberResponse {
        pub fn builder() -> builder::SignInPhoneNumberResponse {
            Default::default()
        }
    }
    ///`SignInSocialBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInSocialBody {
        #[serde(
            rename = "additionalData",
            default,
            skip_serializing_if = "::serde_json::Map::is_empty"
        )]
        pub additional_data: ::serde_json::Map<
            ::std::string::String,
            ::serde_json::Value,
        >,
        ///Extra query parameters to append to the provider authorization URL (e.g. Cognito identity_provider, Google hd).
        #[serde(
            rename = "additionalParams",
            default,
            skip_serializing_if = ":: std :: collections :: HashMap::is_empty"
        )]
        pub additional_params: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        ///Callback URL to redirect to after the user has signed in
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Disable automatic redirection to the provider. Useful for handling the redirection yourself
        #[serde(
            rename = "disableRedirect",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_redirect: ::std::option::Option<bool>,
        ///Callback URL to redirect to if an error happens
        #[serde(
            rename = "errorCallbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub error_callback_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "idToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub id_token: ::std::option::Option<SignInSocialBodyIdToken>,
        ///The login hint to use for the authorization code request
        #[serde(
            rename = "loginHint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_hint: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "newUserCallbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub new_user_callback_url: ::std::option::Option<::std::string::String>,
        pub provider: ::std::string::String,
        ///Explicitly request sign-up. Useful when disableImplicitSignUp is true for this provider
        #[serde(
            rename = "requestSignUp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub request_sign_up: ::std::option::Option<bool>,
        ///Array of scopes to request from the provider. This will override the default scopes passed.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl SignInSocialBody {
        pub fn builder() -> builder::SignInSocialBody {
            Default::default()
        }
    }
    ///`SignInSocialBodyIdToken`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInSocialBodyIdToken {
        #[serde(
            rename = "accessToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub access_token: ::std::option::Option<crate::Secret>,
        ///Expiry date of the token
        #[serde(
            rename = "expiresAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub expires_at: ::std::option::Option<f64>,
        ///Nonce used to generate the token
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub nonce: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "refreshToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub refresh_token: ::std::option::Option<crate::Secret>,
        pub token: crate::Secret,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<SignInSocialBodyIdTokenUser>,
    }
    impl SignInSocialBodyIdToken {
        pub fn builder() -> builder::SignInSocialBodyIdToken {
            Default::default()
        }
    }
    ///The user object from the provider. Only available for some providers like Apple.
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SignInSocialBodyIdTokenUser {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub email: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<SignInSocialBodyIdTokenUserName>,
    }
    impl SignInSocialBodyIdTokenUser {
        pub fn builder() -> builder::SignInSocialBodyIdTokenUser {
            Default::default()
        }
    }
    ///`SignInSocialBodyIdTokenUserName`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SignInSocialBodyIdTokenUserName {
        #[serde(
            rename = "firstName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub first_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "lastName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_name: ::std::option::Option<::std::string::String>,
    }
    impl SignInSocialBodyIdTokenUserName {
        pub fn builder() -> builder::SignInSocialBodyIdTokenUserName {
            Default::default()
        }
    }
    ///Returns session details when idToken is provided, or an authorize URL otherwise
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignInSocialResponse {
        pub redirect: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl SignInSocialResponse {
        pub fn builder() -> builder::SignInSocialResponse {
            Default::default()
        }
    }
    ///`SignOutBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SignOutBody {
        ///The URL to redirect to after provider logout
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///Return the provider logout URL without redirecting
        #[serde(
            rename = "disableRedirect",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disable_redirect: ::std::option::Option<bool>,
        ///State to pass to the provider logout endpoint
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
    }
    impl SignOutBody {
        pub fn builder() -> builder::SignOutBody {
            Default::default()
        }
    }
    ///`SignOutResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct SignOutResponse {
        ///Whether the client should redirect to the provider logout URL
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub redirect: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub success: ::std::option::Option<bool>,
        ///Provider logout URL when RP-initiated logout is available
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl SignOutResponse {
        pub fn builder() -> builder::SignOutResponse {
            Default::default()
        }
    }
    ///`SignUpEmailBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignUpEmailBody {
        ///The URL to use for email verification callback
        #[serde(
            rename = "callbackURL",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub callback_url: ::std::option::Option<::std::string::String>,
        ///The email of the user
        pub email: ::std::string::String,
        ///The profile image URL of the user
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///The name of the user
        pub name: ::std::string::String,
        pub password: crate::Secret,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///If this is false, the session will not be remembered. Default is `true`.
        #[serde(
            rename = "rememberMe",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub remember_me: ::std::option::Option<bool>,
    }
    impl SignUpEmailBody {
        pub fn builder() -> builder::SignUpEmailBody {
            Default::default()
        }
    }
    ///`SignUpEmailResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct SignUpEmailResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
        pub user: User,
    }
    impl SignUpEmailResponse {
        pub fn builder() -> builder::SignUpEmailResponse {
            Default::default()
        }
    }
    ///`TokenResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct TokenResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<crate::Secret>,
    }
    impl TokenResponse {
        pub fn builder() -> builder::TokenResponse {
            Default::default()
        }
    }
    ///`UnlinkAccountBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UnlinkAccountBody {
        ///The Better Auth account ID to unlink
        #[serde(rename = "accountId")]
        pub account_id: ::std::string::String,
    }
    impl UnlinkAccountBody {
        pub fn builder() -> builder::UnlinkAccountBody {
            Default::default()
        }
    }
    ///`UnlinkAccountResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UnlinkAccountResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl UnlinkAccountResponse {
        pub fn builder() -> builder::UnlinkAccountResponse {
            Default::default()
        }
    }
    ///`UpdateSessionResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateSessionResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub session: ::std::option::Option<Session>,
    }
    impl UpdateSessionResponse {
        pub fn builder() -> builder::UpdateSessionResponse {
            Default::default()
        }
    }
    ///`UpdateUserBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct UpdateUserBody {
        ///The image of the user
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        ///The name of the user
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
    }
    impl UpdateUserBody {
        pub fn builder() -> builder::UpdateUserBody {
            Default::default()
        }
    }
    ///`UpdateUserResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct UpdateUserResponse {
        pub status: bool,
    }
    impl UpdateUserResponse {
        pub fn builder() -> builder::UpdateUserResponse {
            Default::default()
        }
    }
    ///`User`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct User {
        #[serde(
            rename = "banExpires",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ban_expires: ::std::option::Option<
            ::chrono::DateTime<::chrono::offset::Utc>,
        >,
        #[serde(
            rename = "banReason",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub ban_reason: ::std::option::Option<::std::string::String>,
        #[serde(default)]
        pub banned: bool,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub email: ::std::string::String,
        #[serde(rename = "emailVerified")]
        pub email_verified: bool,
        pub id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub image: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        #[serde(
            rename = "phoneNumber",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "phoneNumberVerified",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub phone_number_verified: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<::std::string::String>,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }
    impl User {
        pub fn builder() -> builder::User {
            Default::default()
        }
    }
    ///`Verification`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct Verification {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "expiresAt")]
        pub expires_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub id: ::std::string::String,
        pub identifier: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub value: ::std::string::String,
    }
    impl Verification {
        pub fn builder() -> builder::Verification {
            Default::default()
        }
    }
    ///`VerifyEmailResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerifyEmailResponse {
        ///Indicates if the email was verified successfully
        pub status: bool,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub user: ::std::option::Option<User>,
    }
    impl VerifyEmailResponse {
        pub fn builder() -> builder::VerifyEmailResponse {
            Default::default()
        }
    }
    ///`VerifyPasswordBody`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
    pub struct VerifyPasswordBody {
        pub password: crate::Secret,
    }
    impl VerifyPasswordBody {
        pub fn builder() -> builder::VerifyPasswordBody {
            Default::default()
        }
    }
    ///`VerifyPasswordResponse`
    #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
    pub struct VerifyPasswordResponse {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<bool>,
    }
    impl VerifyPasswordResponse {
        pub fn builder() -> builder::VerifyPasswordResponse {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Account {
            access_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            access_token_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            id_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            provider_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            refresh_token_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            scope: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Account {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    access_token_expires_at: Ok(Default::default()),
                    account_id: Err("no value supplied for account_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    id_token: Ok(Default::default()),
                    password: Ok(Default::default()),
                    provider_id: Err("no value supplied for provider_id".to_string()),
                    refresh_token: Ok(Default::default()),
                    refresh_token_expires_at: Ok(Default::default()),
                    scope: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Account {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn access_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn id_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_token: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn provider_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_id: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scope: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Account> for super::Account {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Account,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    access_token_expires_at: value.access_token_expires_at?,
                    account_id: value.account_id?,
                    created_at: value.created_at?,
                    id: value.id?,
                    id_token: value.id_token?,
                    password: value.password?,
                    provider_id: value.provider_id?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_at: value.refresh_token_expires_at?,
                    scope: value.scope?,
                    updated_at: value.updated_at?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Account> for Account {
            fn from(value: super::Account) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    access_token_expires_at: Ok(value.access_token_expires_at),
                    account_id: Ok(value.account_id),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    id_token: Ok(value.id_token),
                    password: Ok(value.password),
                    provider_id: Ok(value.provider_id),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_at: Ok(value.refresh_token_expires_at),
                    scope: Ok(value.scope),
                    updated_at: Ok(value.updated_at),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountInfoResponse {
            account: ::std::result::Result<
                super::AccountInfoResponseAccount,
                ::std::string::String,
            >,
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                super::AccountInfoResponseUser,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountInfoResponse {
            fn default() -> Self {
                Self {
                    account: Err("no value supplied for account".to_string()),
                    data: Err("no value supplied for data".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl AccountInfoResponse {
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountInfoResponseAccount>,
                T::Error: ::std::fmt::Display,
            {
                self.account = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account: {e}")
                    });
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountInfoResponseUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountInfoResponse>
        for super::AccountInfoResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountInfoResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account: value.account?,
                    data: value.data?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::AccountInfoResponse> for AccountInfoResponse {
            fn from(value: super::AccountInfoResponse) -> Self {
                Self {
                    account: Ok(value.account),
                    data: Ok(value.data),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountInfoResponseAccount {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountInfoResponseAccount {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    provider_id: Err("no value supplied for provider_id".to_string()),
                }
            }
        }
        impl AccountInfoResponseAccount {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn provider_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountInfoResponseAccount>
        for super::AccountInfoResponseAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountInfoResponseAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    id: value.id?,
                    provider_id: value.provider_id?,
                })
            }
        }
        impl ::std::convert::From<super::AccountInfoResponseAccount>
        for AccountInfoResponseAccount {
            fn from(value: super::AccountInfoResponseAccount) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    id: Ok(value.id),
                    provider_id: Ok(value.provider_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AccountInfoResponseUser {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email_verified: ::std::result::Result<bool, ::std::string::String>,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AccountInfoResponseUser {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    email_verified: Err(
                        "no value supplied for email_verified".to_string(),
                    ),
                    image: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl AccountInfoResponseUser {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn email_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.email_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_verified: {e}"
                        )
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AccountInfoResponseUser>
        for super::AccountInfoResponseUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountInfoResponseUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    email_verified: value.email_verified?,
                    image: value.image?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::AccountInfoResponseUser>
        for AccountInfoResponseUser {
            fn from(value: super::AccountInfoResponseUser) -> Self {
                Self {
                    email: Ok(value.email),
                    email_verified: Ok(value.email_verified),
                    image: Ok(value.image),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminBanUserBody {
            ban_expires_in: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            ban_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminBanUserBody {
            fn default() -> Self {
                Self {
                    ban_expires_in: Ok(Default::default()),
                    ban_reason: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminBanUserBody {
            pub fn ban_expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ban_expires_in = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ban_expires_in: {e}"
                        )
                    });
                self
            }
            pub fn ban_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ban_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ban_reason: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminBanUserBody> for super::AdminBanUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminBanUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ban_expires_in: value.ban_expires_in?,
                    ban_reason: value.ban_reason?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::AdminBanUserBody> for AdminBanUserBody {
            fn from(value: super::AdminBanUserBody) -> Self {
                Self {
                    ban_expires_in: Ok(value.ban_expires_in),
                    ban_reason: Ok(value.ban_reason),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminBanUserResponse {
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminBanUserResponse {
            fn default() -> Self {
                Self {
                    user: Ok(Default::default()),
                }
            }
        }
        impl AdminBanUserResponse {
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminBanUserResponse>
        for super::AdminBanUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminBanUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user: value.user? })
            }
        }
        impl ::std::convert::From<super::AdminBanUserResponse> for AdminBanUserResponse {
            fn from(value: super::AdminBanUserResponse) -> Self {
                Self { user: Ok(value.user) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminCreateUserBody {
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            password: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<super::AdminCreateUserBodyRole>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminCreateUserBody {
            fn default() -> Self {
                Self {
                    data: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    password: Ok(Default::default()),
                    role: Ok(Default::default()),
                }
            }
        }
        impl AdminCreateUserBody {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::AdminCreateUserBodyRole>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminCreateUserBody>
        for super::AdminCreateUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminCreateUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    email: value.email?,
                    name: value.name?,
                    password: value.password?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::AdminCreateUserBody> for AdminCreateUserBody {
            fn from(value: super::AdminCreateUserBody) -> Self {
                Self {
                    data: Ok(value.data),
                    email: Ok(value.email),
                    name: Ok(value.name),
                    password: Ok(value.password),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminCreateUserResponse {
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminCreateUserResponse {
            fn default() -> Self {
                Self {
                    user: Ok(Default::default()),
                }
            }
        }
        impl AdminCreateUserResponse {
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminCreateUserResponse>
        for super::AdminCreateUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminCreateUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user: value.user? })
            }
        }
        impl ::std::convert::From<super::AdminCreateUserResponse>
        for AdminCreateUserResponse {
            fn from(value: super::AdminCreateUserResponse) -> Self {
                Self { user: Ok(value.user) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminHasPermissionBody {
            permissions: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminHasPermissionBody {
            fn default() -> Self {
                Self {
                    permissions: Err("no value supplied for permissions".to_string()),
                }
            }
        }
        impl AdminHasPermissionBody {
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminHasPermissionBody>
        for super::AdminHasPermissionBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminHasPermissionBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    permissions: value.permissions?,
                })
            }
        }
        impl ::std::convert::From<super::AdminHasPermissionBody>
        for AdminHasPermissionBody {
            fn from(value: super::AdminHasPermissionBody) -> Self {
                Self {
                    permissions: Ok(value.permissions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminHasPermissionResponse {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for AdminHasPermissionResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl AdminHasPermissionResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminHasPermissionResponse>
        for super::AdminHasPermissionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminHasPermissionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::AdminHasPermissionResponse>
        for AdminHasPermissionResponse {
            fn from(value: super::AdminHasPermissionResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminImpersonateUserBody {
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminImpersonateUserBody {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminImpersonateUserBody {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminImpersonateUserBody>
        for super::AdminImpersonateUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminImpersonateUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::AdminImpersonateUserBody>
        for AdminImpersonateUserBody {
            fn from(value: super::AdminImpersonateUserBody) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminImpersonateUserResponse {
            session: ::std::result::Result<
                ::std::option::Option<super::Session>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminImpersonateUserResponse {
            fn default() -> Self {
                Self {
                    session: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl AdminImpersonateUserResponse {
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Session>>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminImpersonateUserResponse>
        for super::AdminImpersonateUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminImpersonateUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session: value.session?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::AdminImpersonateUserResponse>
        for AdminImpersonateUserResponse {
            fn from(value: super::AdminImpersonateUserResponse) -> Self {
                Self {
                    session: Ok(value.session),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminListUserSessionsBody {
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminListUserSessionsBody {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminListUserSessionsBody {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminListUserSessionsBody>
        for super::AdminListUserSessionsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminListUserSessionsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::AdminListUserSessionsBody>
        for AdminListUserSessionsBody {
            fn from(value: super::AdminListUserSessionsBody) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminListUserSessionsResponse {
            sessions: ::std::result::Result<
                ::std::vec::Vec<super::Session>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminListUserSessionsResponse {
            fn default() -> Self {
                Self {
                    sessions: Ok(Default::default()),
                }
            }
        }
        impl AdminListUserSessionsResponse {
            pub fn sessions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Session>>,
                T::Error: ::std::fmt::Display,
            {
                self.sessions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sessions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminListUserSessionsResponse>
        for super::AdminListUserSessionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminListUserSessionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { sessions: value.sessions? })
            }
        }
        impl ::std::convert::From<super::AdminListUserSessionsResponse>
        for AdminListUserSessionsResponse {
            fn from(value: super::AdminListUserSessionsResponse) -> Self {
                Self {
                    sessions: Ok(value.sessions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminListUsersResponse {
            limit: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            offset: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<f64, ::std::string::String>,
            users: ::std::result::Result<
                ::std::vec::Vec<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminListUsersResponse {
            fn default() -> Self {
                Self {
                    limit: Ok(Default::default()),
                    offset: Ok(Default::default()),
                    total: Err("no value supplied for total".to_string()),
                    users: Err("no value supplied for users".to_string()),
                }
            }
        }
        impl AdminListUsersResponse {
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for limit: {e}")
                    });
                self
            }
            pub fn offset<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.offset = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for offset: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for users: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminListUsersResponse>
        for super::AdminListUsersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminListUsersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    limit: value.limit?,
                    offset: value.offset?,
                    total: value.total?,
                    users: value.users?,
                })
            }
        }
        impl ::std::convert::From<super::AdminListUsersResponse>
        for AdminListUsersResponse {
            fn from(value: super::AdminListUsersResponse) -> Self {
                Self {
                    limit: Ok(value.limit),
                    offset: Ok(value.offset),
                    total: Ok(value.total),
                    users: Ok(value.users),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminRemoveUserBody {
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminRemoveUserBody {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminRemoveUserBody {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminRemoveUserBody>
        for super::AdminRemoveUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminRemoveUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::AdminRemoveUserBody> for AdminRemoveUserBody {
            fn from(value: super::AdminRemoveUserBody) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminRemoveUserResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminRemoveUserResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl AdminRemoveUserResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminRemoveUserResponse>
        for super::AdminRemoveUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminRemoveUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::AdminRemoveUserResponse>
        for AdminRemoveUserResponse {
            fn from(value: super::AdminRemoveUserResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminRevokeUserSessionBody {
            session_token: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for AdminRevokeUserSessionBody {
            fn default() -> Self {
                Self {
                    session_token: Err("no value supplied for session_token".to_string()),
                }
            }
        }
        impl AdminRevokeUserSessionBody {
            pub fn session_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.session_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session_token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminRevokeUserSessionBody>
        for super::AdminRevokeUserSessionBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminRevokeUserSessionBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session_token: value.session_token?,
                })
            }
        }
        impl ::std::convert::From<super::AdminRevokeUserSessionBody>
        for AdminRevokeUserSessionBody {
            fn from(value: super::AdminRevokeUserSessionBody) -> Self {
                Self {
                    session_token: Ok(value.session_token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminRevokeUserSessionResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminRevokeUserSessionResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl AdminRevokeUserSessionResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminRevokeUserSessionResponse>
        for super::AdminRevokeUserSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminRevokeUserSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::AdminRevokeUserSessionResponse>
        for AdminRevokeUserSessionResponse {
            fn from(value: super::AdminRevokeUserSessionResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminRevokeUserSessionsBody {
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminRevokeUserSessionsBody {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminRevokeUserSessionsBody {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminRevokeUserSessionsBody>
        for super::AdminRevokeUserSessionsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminRevokeUserSessionsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::AdminRevokeUserSessionsBody>
        for AdminRevokeUserSessionsBody {
            fn from(value: super::AdminRevokeUserSessionsBody) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminRevokeUserSessionsResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminRevokeUserSessionsResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl AdminRevokeUserSessionsResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminRevokeUserSessionsResponse>
        for super::AdminRevokeUserSessionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminRevokeUserSessionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::AdminRevokeUserSessionsResponse>
        for AdminRevokeUserSessionsResponse {
            fn from(value: super::AdminRevokeUserSessionsResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminSetRoleBody {
            role: ::std::result::Result<
                super::AdminSetRoleBodyRole,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminSetRoleBody {
            fn default() -> Self {
                Self {
                    role: Err("no value supplied for role".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminSetRoleBody {
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AdminSetRoleBodyRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminSetRoleBody> for super::AdminSetRoleBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminSetRoleBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    role: value.role?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::AdminSetRoleBody> for AdminSetRoleBody {
            fn from(value: super::AdminSetRoleBody) -> Self {
                Self {
                    role: Ok(value.role),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminSetRoleResponse {
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminSetRoleResponse {
            fn default() -> Self {
                Self {
                    user: Ok(Default::default()),
                }
            }
        }
        impl AdminSetRoleResponse {
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminSetRoleResponse>
        for super::AdminSetRoleResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminSetRoleResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user: value.user? })
            }
        }
        impl ::std::convert::From<super::AdminSetRoleResponse> for AdminSetRoleResponse {
            fn from(value: super::AdminSetRoleResponse) -> Self {
                Self { user: Ok(value.user) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminSetUserPasswordBody {
            new_password: ::std::result::Result<crate::Secret, ::std::string::String>,
            user_id: ::std::result::Result<
                super::AdminSetUserPasswordBodyUserId,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminSetUserPasswordBody {
            fn default() -> Self {
                Self {
                    new_password: Err("no value supplied for new_password".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminSetUserPasswordBody {
            pub fn new_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.new_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_password: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AdminSetUserPasswordBodyUserId>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminSetUserPasswordBody>
        for super::AdminSetUserPasswordBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminSetUserPasswordBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    new_password: value.new_password?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::AdminSetUserPasswordBody>
        for AdminSetUserPasswordBody {
            fn from(value: super::AdminSetUserPasswordBody) -> Self {
                Self {
                    new_password: Ok(value.new_password),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminSetUserPasswordResponse {
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminSetUserPasswordResponse {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl AdminSetUserPasswordResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminSetUserPasswordResponse>
        for super::AdminSetUserPasswordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminSetUserPasswordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::AdminSetUserPasswordResponse>
        for AdminSetUserPasswordResponse {
            fn from(value: super::AdminSetUserPasswordResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminStopImpersonatingResponse {
            session: ::std::result::Result<super::Session, ::std::string::String>,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for AdminStopImpersonatingResponse {
            fn default() -> Self {
                Self {
                    session: Err("no value supplied for session".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl AdminStopImpersonatingResponse {
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Session>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminStopImpersonatingResponse>
        for super::AdminStopImpersonatingResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminStopImpersonatingResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session: value.session?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::AdminStopImpersonatingResponse>
        for AdminStopImpersonatingResponse {
            fn from(value: super::AdminStopImpersonatingResponse) -> Self {
                Self {
                    session: Ok(value.session),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminUnbanUserBody {
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminUnbanUserBody {
            fn default() -> Self {
                Self {
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminUnbanUserBody {
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminUnbanUserBody> for super::AdminUnbanUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminUnbanUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user_id: value.user_id? })
            }
        }
        impl ::std::convert::From<super::AdminUnbanUserBody> for AdminUnbanUserBody {
            fn from(value: super::AdminUnbanUserBody) -> Self {
                Self { user_id: Ok(value.user_id) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminUnbanUserResponse {
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AdminUnbanUserResponse {
            fn default() -> Self {
                Self {
                    user: Ok(Default::default()),
                }
            }
        }
        impl AdminUnbanUserResponse {
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminUnbanUserResponse>
        for super::AdminUnbanUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminUnbanUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { user: value.user? })
            }
        }
        impl ::std::convert::From<super::AdminUnbanUserResponse>
        for AdminUnbanUserResponse {
            fn from(value: super::AdminUnbanUserResponse) -> Self {
                Self { user: Ok(value.user) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AdminUpdateUserBody {
            data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for AdminUpdateUserBody {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl AdminUpdateUserBody {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AdminUpdateUserBody>
        for super::AdminUpdateUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AdminUpdateUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::AdminUpdateUserBody> for AdminUpdateUserBody {
            fn from(value: super::AdminUpdateUserBody) -> Self {
                Self {
                    data: Ok(value.data),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct BetterAuthError {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for BetterAuthError {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    message: Ok(Default::default()),
                }
            }
        }
        impl BetterAuthError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<BetterAuthError> for super::BetterAuthError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BetterAuthError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    message: value.message?,
                })
            }
        }
        impl ::std::convert::From<super::BetterAuthError> for BetterAuthError {
            fn from(value: super::BetterAuthError) -> Self {
                Self {
                    code: Ok(value.code),
                    message: Ok(value.message),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CallbackByIdPostBody {
            code: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            device_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            error_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iss: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CallbackByIdPostBody {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    device_id: Ok(Default::default()),
                    error: Ok(Default::default()),
                    error_description: Ok(Default::default()),
                    iss: Ok(Default::default()),
                    state: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl CallbackByIdPostBody {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn device_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.device_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for device_id: {e}")
                    });
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn error_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_description: {e}"
                        )
                    });
                self
            }
            pub fn iss<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.iss = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iss: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<CallbackByIdPostBody>
        for super::CallbackByIdPostBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CallbackByIdPostBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    device_id: value.device_id?,
                    error: value.error?,
                    error_description: value.error_description?,
                    iss: value.iss?,
                    state: value.state?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::CallbackByIdPostBody> for CallbackByIdPostBody {
            fn from(value: super::CallbackByIdPostBody) -> Self {
                Self {
                    code: Ok(value.code),
                    device_id: Ok(value.device_id),
                    error: Ok(value.error),
                    error_description: Ok(value.error_description),
                    iss: Ok(value.iss),
                    state: Ok(value.state),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChangeEmailBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            new_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChangeEmailBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    new_email: Err("no value supplied for new_email".to_string()),
                }
            }
        }
        impl ChangeEmailBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn new_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.new_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChangeEmailBody> for super::ChangeEmailBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangeEmailBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    new_email: value.new_email?,
                })
            }
        }
        impl ::std::convert::From<super::ChangeEmailBody> for ChangeEmailBody {
            fn from(value: super::ChangeEmailBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    new_email: Ok(value.new_email),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChangeEmailResponse {
            message: ::std::result::Result<
                ::std::option::Option<super::ChangeEmailResponseMessage>,
                ::std::string::String,
            >,
            status: ::std::result::Result<bool, ::std::string::String>,
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChangeEmailResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl ChangeEmailResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ChangeEmailResponseMessage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChangeEmailResponse>
        for super::ChangeEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangeEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    status: value.status?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::ChangeEmailResponse> for ChangeEmailResponse {
            fn from(value: super::ChangeEmailResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    status: Ok(value.status),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChangePasswordBody {
            current_password: ::std::result::Result<
                crate::Secret,
                ::std::string::String,
            >,
            new_password: ::std::result::Result<crate::Secret, ::std::string::String>,
            revoke_other_sessions: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ChangePasswordBody {
            fn default() -> Self {
                Self {
                    current_password: Err(
                        "no value supplied for current_password".to_string(),
                    ),
                    new_password: Err("no value supplied for new_password".to_string()),
                    revoke_other_sessions: Ok(Default::default()),
                }
            }
        }
        impl ChangePasswordBody {
            pub fn current_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.current_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for current_password: {e}"
                        )
                    });
                self
            }
            pub fn new_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.new_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_password: {e}")
                    });
                self
            }
            pub fn revoke_other_sessions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.revoke_other_sessions = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for revoke_other_sessions: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChangePasswordBody> for super::ChangePasswordBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangePasswordBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_password: value.current_password?,
                    new_password: value.new_password?,
                    revoke_other_sessions: value.revoke_other_sessions?,
                })
            }
        }
        impl ::std::convert::From<super::ChangePasswordBody> for ChangePasswordBody {
            fn from(value: super::ChangePasswordBody) -> Self {
                Self {
                    current_password: Ok(value.current_password),
                    new_password: Ok(value.new_password),
                    revoke_other_sessions: Ok(value.revoke_other_sessions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ChangePasswordResponse {
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for ChangePasswordResponse {
            fn default() -> Self {
                Self {
                    token: Ok(Default::default()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl ChangePasswordResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ChangePasswordResponse>
        for super::ChangePasswordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ChangePasswordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::ChangePasswordResponse>
        for ChangePasswordResponse {
            fn from(value: super::ChangePasswordResponse) -> Self {
                Self {
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteUserBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DeleteUserBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    password: Ok(Default::default()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl DeleteUserBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteUserBody> for super::DeleteUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    password: value.password?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteUserBody> for DeleteUserBody {
            fn from(value: super::DeleteUserBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    password: Ok(value.password),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteUserCallbackResponse {
            message: ::std::result::Result<
                super::DeleteUserCallbackResponseMessage,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for DeleteUserCallbackResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl DeleteUserCallbackResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeleteUserCallbackResponseMessage>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteUserCallbackResponse>
        for super::DeleteUserCallbackResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteUserCallbackResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteUserCallbackResponse>
        for DeleteUserCallbackResponse {
            fn from(value: super::DeleteUserCallbackResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DeleteUserResponse {
            message: ::std::result::Result<
                super::DeleteUserResponseMessage,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for DeleteUserResponse {
            fn default() -> Self {
                Self {
                    message: Err("no value supplied for message".to_string()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl DeleteUserResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeleteUserResponseMessage>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DeleteUserResponse> for super::DeleteUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DeleteUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::DeleteUserResponse> for DeleteUserResponse {
            fn from(value: super::DeleteUserResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpChangeEmailBody {
            new_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            otp: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for EmailOtpChangeEmailBody {
            fn default() -> Self {
                Self {
                    new_email: Err("no value supplied for new_email".to_string()),
                    otp: Err("no value supplied for otp".to_string()),
                }
            }
        }
        impl EmailOtpChangeEmailBody {
            pub fn new_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.new_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_email: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpChangeEmailBody>
        for super::EmailOtpChangeEmailBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpChangeEmailBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    new_email: value.new_email?,
                    otp: value.otp?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpChangeEmailBody>
        for EmailOtpChangeEmailBody {
            fn from(value: super::EmailOtpChangeEmailBody) -> Self {
                Self {
                    new_email: Ok(value.new_email),
                    otp: Ok(value.otp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpChangeEmailResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpChangeEmailResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpChangeEmailResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpChangeEmailResponse>
        for super::EmailOtpChangeEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpChangeEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::EmailOtpChangeEmailResponse>
        for EmailOtpChangeEmailResponse {
            fn from(value: super::EmailOtpChangeEmailResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpCheckVerificationOtpBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            otp: ::std::result::Result<crate::Secret, ::std::string::String>,
            type_: ::std::result::Result<
                super::EmailOtpCheckVerificationOtpBodyType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpCheckVerificationOtpBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    otp: Err("no value supplied for otp".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl EmailOtpCheckVerificationOtpBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmailOtpCheckVerificationOtpBodyType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpCheckVerificationOtpBody>
        for super::EmailOtpCheckVerificationOtpBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpCheckVerificationOtpBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    otp: value.otp?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpCheckVerificationOtpBody>
        for EmailOtpCheckVerificationOtpBody {
            fn from(value: super::EmailOtpCheckVerificationOtpBody) -> Self {
                Self {
                    email: Ok(value.email),
                    otp: Ok(value.otp),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpCheckVerificationOtpResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpCheckVerificationOtpResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpCheckVerificationOtpResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpCheckVerificationOtpResponse>
        for super::EmailOtpCheckVerificationOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpCheckVerificationOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::EmailOtpCheckVerificationOtpResponse>
        for EmailOtpCheckVerificationOtpResponse {
            fn from(value: super::EmailOtpCheckVerificationOtpResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpRequestEmailChangeBody {
            new_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            otp: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpRequestEmailChangeBody {
            fn default() -> Self {
                Self {
                    new_email: Err("no value supplied for new_email".to_string()),
                    otp: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpRequestEmailChangeBody {
            pub fn new_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.new_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_email: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpRequestEmailChangeBody>
        for super::EmailOtpRequestEmailChangeBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpRequestEmailChangeBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    new_email: value.new_email?,
                    otp: value.otp?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpRequestEmailChangeBody>
        for EmailOtpRequestEmailChangeBody {
            fn from(value: super::EmailOtpRequestEmailChangeBody) -> Self {
                Self {
                    new_email: Ok(value.new_email),
                    otp: Ok(value.otp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpRequestEmailChangeResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpRequestEmailChangeResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpRequestEmailChangeResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpRequestEmailChangeResponse>
        for super::EmailOtpRequestEmailChangeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpRequestEmailChangeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::EmailOtpRequestEmailChangeResponse>
        for EmailOtpRequestEmailChangeResponse {
            fn from(value: super::EmailOtpRequestEmailChangeResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpRequestPasswordResetBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for EmailOtpRequestPasswordResetBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                }
            }
        }
        impl EmailOtpRequestPasswordResetBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpRequestPasswordResetBody>
        for super::EmailOtpRequestPasswordResetBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpRequestPasswordResetBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { email: value.email? })
            }
        }
        impl ::std::convert::From<super::EmailOtpRequestPasswordResetBody>
        for EmailOtpRequestPasswordResetBody {
            fn from(value: super::EmailOtpRequestPasswordResetBody) -> Self {
                Self { email: Ok(value.email) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpRequestPasswordResetResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpRequestPasswordResetResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpRequestPasswordResetResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpRequestPasswordResetResponse>
        for super::EmailOtpRequestPasswordResetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpRequestPasswordResetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::EmailOtpRequestPasswordResetResponse>
        for EmailOtpRequestPasswordResetResponse {
            fn from(value: super::EmailOtpRequestPasswordResetResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpResetPasswordBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            otp: ::std::result::Result<crate::Secret, ::std::string::String>,
            password: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for EmailOtpResetPasswordBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    otp: Err("no value supplied for otp".to_string()),
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }
        impl EmailOtpResetPasswordBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpResetPasswordBody>
        for super::EmailOtpResetPasswordBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpResetPasswordBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    otp: value.otp?,
                    password: value.password?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpResetPasswordBody>
        for EmailOtpResetPasswordBody {
            fn from(value: super::EmailOtpResetPasswordBody) -> Self {
                Self {
                    email: Ok(value.email),
                    otp: Ok(value.otp),
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpResetPasswordResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpResetPasswordResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpResetPasswordResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpResetPasswordResponse>
        for super::EmailOtpResetPasswordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpResetPasswordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::EmailOtpResetPasswordResponse>
        for EmailOtpResetPasswordResponse {
            fn from(value: super::EmailOtpResetPasswordResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpSendVerificationOtpBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<
                super::EmailOtpSendVerificationOtpBodyType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpSendVerificationOtpBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }
        impl EmailOtpSendVerificationOtpBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmailOtpSendVerificationOtpBodyType>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpSendVerificationOtpBody>
        for super::EmailOtpSendVerificationOtpBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpSendVerificationOtpBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpSendVerificationOtpBody>
        for EmailOtpSendVerificationOtpBody {
            fn from(value: super::EmailOtpSendVerificationOtpBody) -> Self {
                Self {
                    email: Ok(value.email),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpSendVerificationOtpResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for EmailOtpSendVerificationOtpResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl EmailOtpSendVerificationOtpResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpSendVerificationOtpResponse>
        for super::EmailOtpSendVerificationOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpSendVerificationOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::EmailOtpSendVerificationOtpResponse>
        for EmailOtpSendVerificationOtpResponse {
            fn from(value: super::EmailOtpSendVerificationOtpResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpVerifyEmailBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            otp: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for EmailOtpVerifyEmailBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    otp: Err("no value supplied for otp".to_string()),
                }
            }
        }
        impl EmailOtpVerifyEmailBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpVerifyEmailBody>
        for super::EmailOtpVerifyEmailBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpVerifyEmailBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    otp: value.otp?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpVerifyEmailBody>
        for EmailOtpVerifyEmailBody {
            fn from(value: super::EmailOtpVerifyEmailBody) -> Self {
                Self {
                    email: Ok(value.email),
                    otp: Ok(value.otp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct EmailOtpVerifyEmailResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for EmailOtpVerifyEmailResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl EmailOtpVerifyEmailResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<EmailOtpVerifyEmailResponse>
        for super::EmailOtpVerifyEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailOtpVerifyEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::EmailOtpVerifyEmailResponse>
        for EmailOtpVerifyEmailResponse {
            fn from(value: super::EmailOtpVerifyEmailResponse) -> Self {
                Self {
                    status: Ok(value.status),
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ForgetPasswordEmailOtpBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ForgetPasswordEmailOtpBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                }
            }
        }
        impl ForgetPasswordEmailOtpBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ForgetPasswordEmailOtpBody>
        for super::ForgetPasswordEmailOtpBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ForgetPasswordEmailOtpBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { email: value.email? })
            }
        }
        impl ::std::convert::From<super::ForgetPasswordEmailOtpBody>
        for ForgetPasswordEmailOtpBody {
            fn from(value: super::ForgetPasswordEmailOtpBody) -> Self {
                Self { email: Ok(value.email) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ForgetPasswordEmailOtpResponse {
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ForgetPasswordEmailOtpResponse {
            fn default() -> Self {
                Self {
                    success: Ok(Default::default()),
                }
            }
        }
        impl ForgetPasswordEmailOtpResponse {
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ForgetPasswordEmailOtpResponse>
        for super::ForgetPasswordEmailOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ForgetPasswordEmailOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { success: value.success? })
            }
        }
        impl ::std::convert::From<super::ForgetPasswordEmailOtpResponse>
        for ForgetPasswordEmailOtpResponse {
            fn from(value: super::ForgetPasswordEmailOtpResponse) -> Self {
                Self { success: Ok(value.success) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetAccessTokenResponse {
            access_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            access_token_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetAccessTokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    access_token_expires_at: Ok(Default::default()),
                    id_token: Ok(Default::default()),
                    token_type: Ok(Default::default()),
                }
            }
        }
        impl GetAccessTokenResponse {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn access_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn id_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_token: {e}")
                    });
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetAccessTokenResponse>
        for super::GetAccessTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetAccessTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    access_token_expires_at: value.access_token_expires_at?,
                    id_token: value.id_token?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::GetAccessTokenResponse>
        for GetAccessTokenResponse {
            fn from(value: super::GetAccessTokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    access_token_expires_at: Ok(value.access_token_expires_at),
                    id_token: Ok(value.id_token),
                    token_type: Ok(value.token_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetSessionPostBody {}
        impl ::std::default::Default for GetSessionPostBody {
            fn default() -> Self {
                Self {}
            }
        }
        impl GetSessionPostBody {}
        impl ::std::convert::TryFrom<GetSessionPostBody> for super::GetSessionPostBody {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: GetSessionPostBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::GetSessionPostBody> for GetSessionPostBody {
            fn from(_value: super::GetSessionPostBody) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetSessionPostResponse {
            session: ::std::result::Result<super::Session, ::std::string::String>,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for GetSessionPostResponse {
            fn default() -> Self {
                Self {
                    session: Err("no value supplied for session".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl GetSessionPostResponse {
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Session>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetSessionPostResponse>
        for super::GetSessionPostResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetSessionPostResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session: value.session?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::GetSessionPostResponse>
        for GetSessionPostResponse {
            fn from(value: super::GetSessionPostResponse) -> Self {
                Self {
                    session: Ok(value.session),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetSessionResponse {
            session: ::std::result::Result<super::Session, ::std::string::String>,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for GetSessionResponse {
            fn default() -> Self {
                Self {
                    session: Err("no value supplied for session".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl GetSessionResponse {
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Session>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetSessionResponse> for super::GetSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session: value.session?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::GetSessionResponse> for GetSessionResponse {
            fn from(value: super::GetSessionResponse) -> Self {
                Self {
                    session: Ok(value.session),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Invitation {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            inviter_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Invitation {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    inviter_id: Err("no value supplied for inviter_id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    role: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl Invitation {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inviter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter_id: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Invitation> for super::Invitation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Invitation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    email: value.email?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    inviter_id: value.inviter_id?,
                    organization_id: value.organization_id?,
                    role: value.role?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::Invitation> for Invitation {
            fn from(value: super::Invitation) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    inviter_id: Ok(value.inviter_id),
                    organization_id: Ok(value.organization_id),
                    role: Ok(value.role),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Jwks {
            alg: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            crv: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            private_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            public_key: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Jwks {
            fn default() -> Self {
                Self {
                    alg: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    crv: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    private_key: Err("no value supplied for private_key".to_string()),
                    public_key: Err("no value supplied for public_key".to_string()),
                }
            }
        }
        impl Jwks {
            pub fn alg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alg: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn crv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.crv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for crv: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn private_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.private_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for private_key: {e}")
                    });
                self
            }
            pub fn public_key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.public_key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for public_key: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Jwks> for super::Jwks {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Jwks,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alg: value.alg?,
                    created_at: value.created_at?,
                    crv: value.crv?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    private_key: value.private_key?,
                    public_key: value.public_key?,
                })
            }
        }
        impl ::std::convert::From<super::Jwks> for Jwks {
            fn from(value: super::Jwks) -> Self {
                Self {
                    alg: Ok(value.alg),
                    created_at: Ok(value.created_at),
                    crv: Ok(value.crv),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    private_key: Ok(value.private_key),
                    public_key: Ok(value.public_key),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwksResponse {
            keys: ::std::result::Result<
                ::std::vec::Vec<super::JwksResponseKeysItem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JwksResponse {
            fn default() -> Self {
                Self {
                    keys: Err("no value supplied for keys".to_string()),
                }
            }
        }
        impl JwksResponse {
            pub fn keys<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::JwksResponseKeysItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.keys = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keys: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<JwksResponse> for super::JwksResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwksResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { keys: value.keys? })
            }
        }
        impl ::std::convert::From<super::JwksResponse> for JwksResponse {
            fn from(value: super::JwksResponse) -> Self {
                Self { keys: Ok(value.keys) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct JwksResponseKeysItem {
            alg: ::std::result::Result<::std::string::String, ::std::string::String>,
            crv: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            e: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kid: ::std::result::Result<::std::string::String, ::std::string::String>,
            kty: ::std::result::Result<::std::string::String, ::std::string::String>,
            n: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            use_: ::std::result::Result<
                ::std::option::Option<super::JwksResponseKeysItemUse>,
                ::std::string::String,
            >,
            x: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            y: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for JwksResponseKeysItem {
            fn default() -> Self {
                Self {
                    alg: Err("no value supplied for alg".to_string()),
                    crv: Ok(Default::default()),
                    e: Ok(Default::default()),
                    kid: Err("no value supplied for kid".to_string()),
                    kty: Err("no value supplied for kty".to_string()),
                    n: Ok(Default::default()),
                    use_: Ok(Default::default()),
                    x: Ok(Default::default()),
                    y: Ok(Default::default()),
                }
            }
        }
        impl JwksResponseKeysItem {
            pub fn alg<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.alg = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for alg: {e}")
                    });
                self
            }
            pub fn crv<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.crv = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for crv: {e}")
                    });
                self
            }
            pub fn e<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.e = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for e: {e}"));
                self
            }
            pub fn kid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.kid = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kid: {e}")
                    });
                self
            }
            pub fn kty<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.kty = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for kty: {e}")
                    });
                self
            }
            pub fn n<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.n = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for n: {e}"));
                self
            }
            pub fn use_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::JwksResponseKeysItemUse>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.use_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for use_: {e}")
                    });
                self
            }
            pub fn x<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.x = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for x: {e}"));
                self
            }
            pub fn y<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.y = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for y: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<JwksResponseKeysItem>
        for super::JwksResponseKeysItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: JwksResponseKeysItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alg: value.alg?,
                    crv: value.crv?,
                    e: value.e?,
                    kid: value.kid?,
                    kty: value.kty?,
                    n: value.n?,
                    use_: value.use_?,
                    x: value.x?,
                    y: value.y?,
                })
            }
        }
        impl ::std::convert::From<super::JwksResponseKeysItem> for JwksResponseKeysItem {
            fn from(value: super::JwksResponseKeysItem) -> Self {
                Self {
                    alg: Ok(value.alg),
                    crv: Ok(value.crv),
                    e: Ok(value.e),
                    kid: Ok(value.kid),
                    kty: Ok(value.kty),
                    n: Ok(value.n),
                    use_: Ok(value.use_),
                    x: Ok(value.x),
                    y: Ok(value.y),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LinkSocialBody {
            additional_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            additional_params: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_redirect: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_token: ::std::result::Result<
                ::std::option::Option<super::LinkSocialBodyIdToken>,
                ::std::string::String,
            >,
            login_hint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_sign_up: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LinkSocialBody {
            fn default() -> Self {
                Self {
                    additional_data: Ok(Default::default()),
                    additional_params: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    disable_redirect: Ok(Default::default()),
                    error_callback_url: Ok(Default::default()),
                    id_token: Ok(Default::default()),
                    login_hint: Ok(Default::default()),
                    provider: Err("no value supplied for provider".to_string()),
                    request_sign_up: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }
        impl LinkSocialBody {
            pub fn additional_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.additional_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_data: {e}"
                        )
                    });
                self
            }
            pub fn additional_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.additional_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_params: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn disable_redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_redirect: {e}"
                        )
                    });
                self
            }
            pub fn error_callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_callback_url: {e}"
                        )
                    });
                self
            }
            pub fn id_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::LinkSocialBodyIdToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_token: {e}")
                    });
                self
            }
            pub fn login_hint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_hint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_hint: {e}")
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn request_sign_up<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_sign_up = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_sign_up: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkSocialBody> for super::LinkSocialBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkSocialBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_data: value.additional_data?,
                    additional_params: value.additional_params?,
                    callback_url: value.callback_url?,
                    disable_redirect: value.disable_redirect?,
                    error_callback_url: value.error_callback_url?,
                    id_token: value.id_token?,
                    login_hint: value.login_hint?,
                    provider: value.provider?,
                    request_sign_up: value.request_sign_up?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::LinkSocialBody> for LinkSocialBody {
            fn from(value: super::LinkSocialBody) -> Self {
                Self {
                    additional_data: Ok(value.additional_data),
                    additional_params: Ok(value.additional_params),
                    callback_url: Ok(value.callback_url),
                    disable_redirect: Ok(value.disable_redirect),
                    error_callback_url: Ok(value.error_callback_url),
                    id_token: Ok(value.id_token),
                    login_hint: Ok(value.login_hint),
                    provider: Ok(value.provider),
                    request_sign_up: Ok(value.request_sign_up),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LinkSocialBodyIdToken {
            access_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            nonce: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for LinkSocialBodyIdToken {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    nonce: Ok(Default::default()),
                    refresh_token: Ok(Default::default()),
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl LinkSocialBodyIdToken {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn nonce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nonce = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nonce: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkSocialBodyIdToken>
        for super::LinkSocialBodyIdToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkSocialBodyIdToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    nonce: value.nonce?,
                    refresh_token: value.refresh_token?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::LinkSocialBodyIdToken>
        for LinkSocialBodyIdToken {
            fn from(value: super::LinkSocialBodyIdToken) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    nonce: Ok(value.nonce),
                    refresh_token: Ok(value.refresh_token),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct LinkSocialResponse {
            redirect: ::std::result::Result<bool, ::std::string::String>,
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for LinkSocialResponse {
            fn default() -> Self {
                Self {
                    redirect: Err("no value supplied for redirect".to_string()),
                    status: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl LinkSocialResponse {
            pub fn redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<LinkSocialResponse> for super::LinkSocialResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LinkSocialResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    redirect: value.redirect?,
                    status: value.status?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::LinkSocialResponse> for LinkSocialResponse {
            fn from(value: super::LinkSocialResponse) -> Self {
                Self {
                    redirect: Ok(value.redirect),
                    status: Ok(value.status),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAccountsResponseItem {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            provider_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for ListAccountsResponseItem {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    provider_id: Err("no value supplied for provider_id".to_string()),
                    scopes: Err("no value supplied for scopes".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl ListAccountsResponseItem {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn provider_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider_id: {e}")
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListAccountsResponseItem>
        for super::ListAccountsResponseItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAccountsResponseItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    created_at: value.created_at?,
                    id: value.id?,
                    provider_id: value.provider_id?,
                    scopes: value.scopes?,
                    updated_at: value.updated_at?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::ListAccountsResponseItem>
        for ListAccountsResponseItem {
            fn from(value: super::ListAccountsResponseItem) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    provider_id: Ok(value.provider_id),
                    scopes: Ok(value.scopes),
                    updated_at: Ok(value.updated_at),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MagicLinkVerifyResponse {
            session: ::std::result::Result<super::Session, ::std::string::String>,
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for MagicLinkVerifyResponse {
            fn default() -> Self {
                Self {
                    session: Err("no value supplied for session".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl MagicLinkVerifyResponse {
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Session>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MagicLinkVerifyResponse>
        for super::MagicLinkVerifyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MagicLinkVerifyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    session: value.session?,
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::MagicLinkVerifyResponse>
        for MagicLinkVerifyResponse {
            fn from(value: super::MagicLinkVerifyResponse) -> Self {
                Self {
                    session: Ok(value.session),
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Member {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Member {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Member {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Member> for super::Member {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Member,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    organization_id: value.organization_id?,
                    role: value.role?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Member> for Member {
            fn from(value: super::Member) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    organization_id: Ok(value.organization_id),
                    role: Ok(value.role),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MemberWithUser {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            user: ::std::result::Result<
                super::OrganizationMemberUser,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for MemberWithUser {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                    user: Err("no value supplied for user".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl MemberWithUser {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationMemberUser>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MemberWithUser> for super::MemberWithUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberWithUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    organization_id: value.organization_id?,
                    role: value.role?,
                    user: value.user?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::MemberWithUser> for MemberWithUser {
            fn from(value: super::MemberWithUser) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    organization_id: Ok(value.organization_id),
                    role: Ok(value.role),
                    user: Ok(value.user),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OkResponse {
            ok: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for OkResponse {
            fn default() -> Self {
                Self {
                    ok: Err("no value supplied for ok".to_string()),
                }
            }
        }
        impl OkResponse {
            pub fn ok<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.ok = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for ok: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<OkResponse> for super::OkResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OkResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { ok: value.ok? })
            }
        }
        impl ::std::convert::From<super::OkResponse> for OkResponse {
            fn from(value: super::OkResponse) -> Self {
                Self { ok: Ok(value.ok) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Organization {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Organization {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    logo: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl Organization {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Organization> for super::Organization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Organization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    logo: value.logo?,
                    metadata: value.metadata?,
                    name: value.name?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::Organization> for Organization {
            fn from(value: super::Organization) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    logo: Ok(value.logo),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationAcceptInvitationBody {
            invitation_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationAcceptInvitationBody {
            fn default() -> Self {
                Self {
                    invitation_id: Err("no value supplied for invitation_id".to_string()),
                }
            }
        }
        impl OrganizationAcceptInvitationBody {
            pub fn invitation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invitation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invitation_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationAcceptInvitationBody>
        for super::OrganizationAcceptInvitationBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationAcceptInvitationBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation_id: value.invitation_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationAcceptInvitationBody>
        for OrganizationAcceptInvitationBody {
            fn from(value: super::OrganizationAcceptInvitationBody) -> Self {
                Self {
                    invitation_id: Ok(value.invitation_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationAcceptInvitationResponse {
            invitation: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            member: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationAcceptInvitationResponse {
            fn default() -> Self {
                Self {
                    invitation: Ok(Default::default()),
                    member: Ok(Default::default()),
                }
            }
        }
        impl OrganizationAcceptInvitationResponse {
            pub fn invitation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invitation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invitation: {e}")
                    });
                self
            }
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationAcceptInvitationResponse>
        for super::OrganizationAcceptInvitationResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationAcceptInvitationResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation: value.invitation?,
                    member: value.member?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationAcceptInvitationResponse>
        for OrganizationAcceptInvitationResponse {
            fn from(value: super::OrganizationAcceptInvitationResponse) -> Self {
                Self {
                    invitation: Ok(value.invitation),
                    member: Ok(value.member),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationCancelInvitationBody {
            invitation_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationCancelInvitationBody {
            fn default() -> Self {
                Self {
                    invitation_id: Err("no value supplied for invitation_id".to_string()),
                }
            }
        }
        impl OrganizationCancelInvitationBody {
            pub fn invitation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invitation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invitation_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationCancelInvitationBody>
        for super::OrganizationCancelInvitationBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationCancelInvitationBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation_id: value.invitation_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationCancelInvitationBody>
        for OrganizationCancelInvitationBody {
            fn from(value: super::OrganizationCancelInvitationBody) -> Self {
                Self {
                    invitation_id: Ok(value.invitation_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationCheckSlugBody {
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationCheckSlugBody {
            fn default() -> Self {
                Self {
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl OrganizationCheckSlugBody {
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationCheckSlugBody>
        for super::OrganizationCheckSlugBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationCheckSlugBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { slug: value.slug? })
            }
        }
        impl ::std::convert::From<super::OrganizationCheckSlugBody>
        for OrganizationCheckSlugBody {
            fn from(value: super::OrganizationCheckSlugBody) -> Self {
                Self { slug: Ok(value.slug) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationCheckSlugResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationCheckSlugResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl OrganizationCheckSlugResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationCheckSlugResponse>
        for super::OrganizationCheckSlugResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationCheckSlugResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::OrganizationCheckSlugResponse>
        for OrganizationCheckSlugResponse {
            fn from(value: super::OrganizationCheckSlugResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationCreateBody {
            keep_current_active_organization: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                super::OrganizationCreateBodyName,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                super::OrganizationCreateBodySlug,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationCreateBody {
            fn default() -> Self {
                Self {
                    keep_current_active_organization: Ok(Default::default()),
                    logo: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                    user_id: Ok(Default::default()),
                }
            }
        }
        impl OrganizationCreateBody {
            pub fn keep_current_active_organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_current_active_organization = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for keep_current_active_organization: {e}"
                        )
                    });
                self
            }
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationCreateBodyName>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationCreateBodySlug>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationCreateBody>
        for super::OrganizationCreateBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationCreateBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keep_current_active_organization: value
                        .keep_current_active_organization?,
                    logo: value.logo?,
                    metadata: value.metadata?,
                    name: value.name?,
                    slug: value.slug?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationCreateBody>
        for OrganizationCreateBody {
            fn from(value: super::OrganizationCreateBody) -> Self {
                Self {
                    keep_current_active_organization: Ok(
                        value.keep_current_active_organization,
                    ),
                    logo: Ok(value.logo),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationCreateResponse {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::vec::Vec<super::Member>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationCreateResponse {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    logo: Ok(Default::default()),
                    members: Err("no value supplied for members".to_string()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl OrganizationCreateResponse {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Member>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationCreateResponse>
        for super::OrganizationCreateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationCreateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    logo: value.logo?,
                    members: value.members?,
                    metadata: value.metadata?,
                    name: value.name?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationCreateResponse>
        for OrganizationCreateResponse {
            fn from(value: super::OrganizationCreateResponse) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    logo: Ok(value.logo),
                    members: Ok(value.members),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationDeleteBody {
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationDeleteBody {
            fn default() -> Self {
                Self {
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                }
            }
        }
        impl OrganizationDeleteBody {
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationDeleteBody>
        for super::OrganizationDeleteBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationDeleteBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    organization_id: value.organization_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationDeleteBody>
        for OrganizationDeleteBody {
            fn from(value: super::OrganizationDeleteBody) -> Self {
                Self {
                    organization_id: Ok(value.organization_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationGetActiveMemberRoleResponse {
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationGetActiveMemberRoleResponse {
            fn default() -> Self {
                Self {
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }
        impl OrganizationGetActiveMemberRoleResponse {
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationGetActiveMemberRoleResponse>
        for super::OrganizationGetActiveMemberRoleResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationGetActiveMemberRoleResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { role: value.role? })
            }
        }
        impl ::std::convert::From<super::OrganizationGetActiveMemberRoleResponse>
        for OrganizationGetActiveMemberRoleResponse {
            fn from(value: super::OrganizationGetActiveMemberRoleResponse) -> Self {
                Self { role: Ok(value.role) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationGetFullOrganizationResponse {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            invitations: ::std::result::Result<
                ::std::vec::Vec<super::Invitation>,
                ::std::string::String,
            >,
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            members: ::std::result::Result<
                ::std::vec::Vec<super::MemberWithUser>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            slug: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationGetFullOrganizationResponse {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    invitations: Err("no value supplied for invitations".to_string()),
                    logo: Ok(Default::default()),
                    members: Err("no value supplied for members".to_string()),
                    metadata: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    slug: Err("no value supplied for slug".to_string()),
                }
            }
        }
        impl OrganizationGetFullOrganizationResponse {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn invitations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Invitation>>,
                T::Error: ::std::fmt::Display,
            {
                self.invitations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invitations: {e}")
                    });
                self
            }
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MemberWithUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationGetFullOrganizationResponse>
        for super::OrganizationGetFullOrganizationResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationGetFullOrganizationResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    id: value.id?,
                    invitations: value.invitations?,
                    logo: value.logo?,
                    members: value.members?,
                    metadata: value.metadata?,
                    name: value.name?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationGetFullOrganizationResponse>
        for OrganizationGetFullOrganizationResponse {
            fn from(value: super::OrganizationGetFullOrganizationResponse) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    invitations: Ok(value.invitations),
                    logo: Ok(value.logo),
                    members: Ok(value.members),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationGetInvitationResponse {
            created_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            inviter_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            inviter_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_slug: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationGetInvitationResponse {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    inviter_email: Err(
                        "no value supplied for inviter_email".to_string(),
                    ),
                    inviter_id: Err("no value supplied for inviter_id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    organization_name: Err(
                        "no value supplied for organization_name".to_string(),
                    ),
                    organization_slug: Err(
                        "no value supplied for organization_slug".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl OrganizationGetInvitationResponse {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inviter_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter_email: {e}")
                    });
                self
            }
            pub fn inviter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter_id: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn organization_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_name: {e}"
                        )
                    });
                self
            }
            pub fn organization_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_slug: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationGetInvitationResponse>
        for super::OrganizationGetInvitationResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationGetInvitationResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    email: value.email?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    inviter_email: value.inviter_email?,
                    inviter_id: value.inviter_id?,
                    organization_id: value.organization_id?,
                    organization_name: value.organization_name?,
                    organization_slug: value.organization_slug?,
                    role: value.role?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationGetInvitationResponse>
        for OrganizationGetInvitationResponse {
            fn from(value: super::OrganizationGetInvitationResponse) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    inviter_email: Ok(value.inviter_email),
                    inviter_id: Ok(value.inviter_id),
                    organization_id: Ok(value.organization_id),
                    organization_name: Ok(value.organization_name),
                    organization_slug: Ok(value.organization_slug),
                    role: Ok(value.role),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationHasPermissionBody {
            permission: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            permissions: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationHasPermissionBody {
            fn default() -> Self {
                Self {
                    permission: Ok(Default::default()),
                    permissions: Err("no value supplied for permissions".to_string()),
                }
            }
        }
        impl OrganizationHasPermissionBody {
            pub fn permission<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permission = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permission: {e}")
                    });
                self
            }
            pub fn permissions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.permissions = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permissions: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationHasPermissionBody>
        for super::OrganizationHasPermissionBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationHasPermissionBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    permission: value.permission?,
                    permissions: value.permissions?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationHasPermissionBody>
        for OrganizationHasPermissionBody {
            fn from(value: super::OrganizationHasPermissionBody) -> Self {
                Self {
                    permission: Ok(value.permission),
                    permissions: Ok(value.permissions),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationHasPermissionResponse {
            error: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            success: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationHasPermissionResponse {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    success: Err("no value supplied for success".to_string()),
                }
            }
        }
        impl OrganizationHasPermissionResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationHasPermissionResponse>
        for super::OrganizationHasPermissionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationHasPermissionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    success: value.success?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationHasPermissionResponse>
        for OrganizationHasPermissionResponse {
            fn from(value: super::OrganizationHasPermissionResponse) -> Self {
                Self {
                    error: Ok(value.error),
                    success: Ok(value.success),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationInviteMemberBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            resend: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::OrganizationInviteMemberBodyRole,
                ::std::string::String,
            >,
            team_id: ::std::result::Result<
                ::std::option::Option<super::OrganizationInviteMemberBodyTeamId>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationInviteMemberBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    organization_id: Ok(Default::default()),
                    resend: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                    team_id: Ok(Default::default()),
                }
            }
        }
        impl OrganizationInviteMemberBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn resend<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.resend = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for resend: {e}")
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationInviteMemberBodyRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn team_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrganizationInviteMemberBodyTeamId>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.team_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationInviteMemberBody>
        for super::OrganizationInviteMemberBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationInviteMemberBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    organization_id: value.organization_id?,
                    resend: value.resend?,
                    role: value.role?,
                    team_id: value.team_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationInviteMemberBody>
        for OrganizationInviteMemberBody {
            fn from(value: super::OrganizationInviteMemberBody) -> Self {
                Self {
                    email: Ok(value.email),
                    organization_id: Ok(value.organization_id),
                    resend: Ok(value.resend),
                    role: Ok(value.role),
                    team_id: Ok(value.team_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationInviteMemberResponse {
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            inviter_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationInviteMemberResponse {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    inviter_id: Err("no value supplied for inviter_id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl OrganizationInviteMemberResponse {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inviter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter_id: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationInviteMemberResponse>
        for super::OrganizationInviteMemberResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationInviteMemberResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    email: value.email?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    inviter_id: value.inviter_id?,
                    organization_id: value.organization_id?,
                    role: value.role?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationInviteMemberResponse>
        for OrganizationInviteMemberResponse {
            fn from(value: super::OrganizationInviteMemberResponse) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    inviter_id: Ok(value.inviter_id),
                    organization_id: Ok(value.organization_id),
                    role: Ok(value.role),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationLeaveBody {
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationLeaveBody {
            fn default() -> Self {
                Self {
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                }
            }
        }
        impl OrganizationLeaveBody {
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationLeaveBody>
        for super::OrganizationLeaveBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationLeaveBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    organization_id: value.organization_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationLeaveBody>
        for OrganizationLeaveBody {
            fn from(value: super::OrganizationLeaveBody) -> Self {
                Self {
                    organization_id: Ok(value.organization_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationListMembersResponse {
            members: ::std::result::Result<
                ::std::vec::Vec<super::MemberWithUser>,
                ::std::string::String,
            >,
            total: ::std::result::Result<f64, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationListMembersResponse {
            fn default() -> Self {
                Self {
                    members: Err("no value supplied for members".to_string()),
                    total: Err("no value supplied for total".to_string()),
                }
            }
        }
        impl OrganizationListMembersResponse {
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::MemberWithUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for members: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<f64>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationListMembersResponse>
        for super::OrganizationListMembersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationListMembersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    members: value.members?,
                    total: value.total?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationListMembersResponse>
        for OrganizationListMembersResponse {
            fn from(value: super::OrganizationListMembersResponse) -> Self {
                Self {
                    members: Ok(value.members),
                    total: Ok(value.total),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationListUserInvitationsResponseItem {
            created_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            expires_at: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            inviter_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_name: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<::std::string::String, ::std::string::String>,
            team_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationListUserInvitationsResponseItem {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    inviter_id: Err("no value supplied for inviter_id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    organization_name: Err(
                        "no value supplied for organization_name".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    team_id: Ok(Default::default()),
                }
            }
        }
        impl OrganizationListUserInvitationsResponseItem {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn inviter_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.inviter_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for inviter_id: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn organization_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_name = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_name: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn team_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.team_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for team_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationListUserInvitationsResponseItem>
        for super::OrganizationListUserInvitationsResponseItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationListUserInvitationsResponseItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    email: value.email?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    inviter_id: value.inviter_id?,
                    organization_id: value.organization_id?,
                    organization_name: value.organization_name?,
                    role: value.role?,
                    status: value.status?,
                    team_id: value.team_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationListUserInvitationsResponseItem>
        for OrganizationListUserInvitationsResponseItem {
            fn from(value: super::OrganizationListUserInvitationsResponseItem) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    inviter_id: Ok(value.inviter_id),
                    organization_id: Ok(value.organization_id),
                    organization_name: Ok(value.organization_name),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    team_id: Ok(value.team_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationMemberUser {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationMemberUser {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    image: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }
        impl OrganizationMemberUser {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationMemberUser>
        for super::OrganizationMemberUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationMemberUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    id: value.id?,
                    image: value.image?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationMemberUser>
        for OrganizationMemberUser {
            fn from(value: super::OrganizationMemberUser) -> Self {
                Self {
                    email: Ok(value.email),
                    id: Ok(value.id),
                    image: Ok(value.image),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationRejectInvitationBody {
            invitation_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationRejectInvitationBody {
            fn default() -> Self {
                Self {
                    invitation_id: Err("no value supplied for invitation_id".to_string()),
                }
            }
        }
        impl OrganizationRejectInvitationBody {
            pub fn invitation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.invitation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invitation_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationRejectInvitationBody>
        for super::OrganizationRejectInvitationBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationRejectInvitationBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation_id: value.invitation_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationRejectInvitationBody>
        for OrganizationRejectInvitationBody {
            fn from(value: super::OrganizationRejectInvitationBody) -> Self {
                Self {
                    invitation_id: Ok(value.invitation_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationRejectInvitationResponse {
            invitation: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            member: ::std::result::Result<
                ::std::option::Option<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationRejectInvitationResponse {
            fn default() -> Self {
                Self {
                    invitation: Ok(Default::default()),
                    member: Ok(Default::default()),
                }
            }
        }
        impl OrganizationRejectInvitationResponse {
            pub fn invitation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.invitation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for invitation: {e}")
                    });
                self
            }
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationRejectInvitationResponse>
        for super::OrganizationRejectInvitationResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationRejectInvitationResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    invitation: value.invitation?,
                    member: value.member?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationRejectInvitationResponse>
        for OrganizationRejectInvitationResponse {
            fn from(value: super::OrganizationRejectInvitationResponse) -> Self {
                Self {
                    invitation: Ok(value.invitation),
                    member: Ok(value.member),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationRemoveMemberBody {
            member_id_or_email: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationRemoveMemberBody {
            fn default() -> Self {
                Self {
                    member_id_or_email: Err(
                        "no value supplied for member_id_or_email".to_string(),
                    ),
                    organization_id: Ok(Default::default()),
                }
            }
        }
        impl OrganizationRemoveMemberBody {
            pub fn member_id_or_email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.member_id_or_email = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for member_id_or_email: {e}"
                        )
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationRemoveMemberBody>
        for super::OrganizationRemoveMemberBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationRemoveMemberBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    member_id_or_email: value.member_id_or_email?,
                    organization_id: value.organization_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationRemoveMemberBody>
        for OrganizationRemoveMemberBody {
            fn from(value: super::OrganizationRemoveMemberBody) -> Self {
                Self {
                    member_id_or_email: Ok(value.member_id_or_email),
                    organization_id: Ok(value.organization_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationRemoveMemberResponse {
            member: ::std::result::Result<
                super::OrganizationRemoveMemberResponseMember,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationRemoveMemberResponse {
            fn default() -> Self {
                Self {
                    member: Err("no value supplied for member".to_string()),
                }
            }
        }
        impl OrganizationRemoveMemberResponse {
            pub fn member<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::OrganizationRemoveMemberResponseMember,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.member = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationRemoveMemberResponse>
        for super::OrganizationRemoveMemberResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationRemoveMemberResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { member: value.member? })
            }
        }
        impl ::std::convert::From<super::OrganizationRemoveMemberResponse>
        for OrganizationRemoveMemberResponse {
            fn from(value: super::OrganizationRemoveMemberResponse) -> Self {
                Self { member: Ok(value.member) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationRemoveMemberResponseMember {
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            organization_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            role: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for OrganizationRemoveMemberResponseMember {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    organization_id: Err(
                        "no value supplied for organization_id".to_string(),
                    ),
                    role: Err("no value supplied for role".to_string()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl OrganizationRemoveMemberResponseMember {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationRemoveMemberResponseMember>
        for super::OrganizationRemoveMemberResponseMember {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationRemoveMemberResponseMember,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    organization_id: value.organization_id?,
                    role: value.role?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationRemoveMemberResponseMember>
        for OrganizationRemoveMemberResponseMember {
            fn from(value: super::OrganizationRemoveMemberResponseMember) -> Self {
                Self {
                    id: Ok(value.id),
                    organization_id: Ok(value.organization_id),
                    role: Ok(value.role),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationSetActiveBody {
            organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            organization_slug: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationSetActiveBody {
            fn default() -> Self {
                Self {
                    organization_id: Ok(Default::default()),
                    organization_slug: Ok(Default::default()),
                }
            }
        }
        impl OrganizationSetActiveBody {
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn organization_slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_slug = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_slug: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationSetActiveBody>
        for super::OrganizationSetActiveBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationSetActiveBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    organization_id: value.organization_id?,
                    organization_slug: value.organization_slug?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationSetActiveBody>
        for OrganizationSetActiveBody {
            fn from(value: super::OrganizationSetActiveBody) -> Self {
                Self {
                    organization_id: Ok(value.organization_id),
                    organization_slug: Ok(value.organization_slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationUpdateBody {
            data: ::std::result::Result<
                super::OrganizationUpdateBodyData,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationUpdateBody {
            fn default() -> Self {
                Self {
                    data: Err("no value supplied for data".to_string()),
                    organization_id: Ok(Default::default()),
                }
            }
        }
        impl OrganizationUpdateBody {
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationUpdateBodyData>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationUpdateBody>
        for super::OrganizationUpdateBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationUpdateBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data: value.data?,
                    organization_id: value.organization_id?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationUpdateBody>
        for OrganizationUpdateBody {
            fn from(value: super::OrganizationUpdateBody) -> Self {
                Self {
                    data: Ok(value.data),
                    organization_id: Ok(value.organization_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationUpdateBodyData {
            logo: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::OrganizationUpdateBodyDataName>,
                ::std::string::String,
            >,
            slug: ::std::result::Result<
                ::std::option::Option<super::OrganizationUpdateBodyDataSlug>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationUpdateBodyData {
            fn default() -> Self {
                Self {
                    logo: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    slug: Ok(Default::default()),
                }
            }
        }
        impl OrganizationUpdateBodyData {
            pub fn logo<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.logo = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for logo: {e}")
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrganizationUpdateBodyDataName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn slug<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OrganizationUpdateBodyDataSlug>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.slug = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for slug: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationUpdateBodyData>
        for super::OrganizationUpdateBodyData {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationUpdateBodyData,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    logo: value.logo?,
                    metadata: value.metadata?,
                    name: value.name?,
                    slug: value.slug?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationUpdateBodyData>
        for OrganizationUpdateBodyData {
            fn from(value: super::OrganizationUpdateBodyData) -> Self {
                Self {
                    logo: Ok(value.logo),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    slug: Ok(value.slug),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OrganizationUpdateMemberRoleBody {
            member_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                super::OrganizationUpdateMemberRoleBodyRole,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OrganizationUpdateMemberRoleBody {
            fn default() -> Self {
                Self {
                    member_id: Err("no value supplied for member_id".to_string()),
                    organization_id: Ok(Default::default()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }
        impl OrganizationUpdateMemberRoleBody {
            pub fn member_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.member_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for member_id: {e}")
                    });
                self
            }
            pub fn organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for organization_id: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationUpdateMemberRoleBodyRole>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<OrganizationUpdateMemberRoleBody>
        for super::OrganizationUpdateMemberRoleBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OrganizationUpdateMemberRoleBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    member_id: value.member_id?,
                    organization_id: value.organization_id?,
                    role: value.role?,
                })
            }
        }
        impl ::std::convert::From<super::OrganizationUpdateMemberRoleBody>
        for OrganizationUpdateMemberRoleBody {
            fn from(value: super::OrganizationUpdateMemberRoleBody) -> Self {
                Self {
                    member_id: Ok(value.member_id),
                    organization_id: Ok(value.organization_id),
                    role: Ok(value.role),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberRequestPasswordResetBody {
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberRequestPasswordResetBody {
            fn default() -> Self {
                Self {
                    phone_number: Err("no value supplied for phone_number".to_string()),
                }
            }
        }
        impl PhoneNumberRequestPasswordResetBody {
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberRequestPasswordResetBody>
        for super::PhoneNumberRequestPasswordResetBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberRequestPasswordResetBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberRequestPasswordResetBody>
        for PhoneNumberRequestPasswordResetBody {
            fn from(value: super::PhoneNumberRequestPasswordResetBody) -> Self {
                Self {
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberRequestPasswordResetResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for PhoneNumberRequestPasswordResetResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PhoneNumberRequestPasswordResetResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberRequestPasswordResetResponse>
        for super::PhoneNumberRequestPasswordResetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberRequestPasswordResetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::PhoneNumberRequestPasswordResetResponse>
        for PhoneNumberRequestPasswordResetResponse {
            fn from(value: super::PhoneNumberRequestPasswordResetResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberResetPasswordBody {
            new_password: ::std::result::Result<crate::Secret, ::std::string::String>,
            otp: ::std::result::Result<crate::Secret, ::std::string::String>,
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberResetPasswordBody {
            fn default() -> Self {
                Self {
                    new_password: Err("no value supplied for new_password".to_string()),
                    otp: Err("no value supplied for otp".to_string()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                }
            }
        }
        impl PhoneNumberResetPasswordBody {
            pub fn new_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.new_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_password: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberResetPasswordBody>
        for super::PhoneNumberResetPasswordBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberResetPasswordBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    new_password: value.new_password?,
                    otp: value.otp?,
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberResetPasswordBody>
        for PhoneNumberResetPasswordBody {
            fn from(value: super::PhoneNumberResetPasswordBody) -> Self {
                Self {
                    new_password: Ok(value.new_password),
                    otp: Ok(value.otp),
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberResetPasswordResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for PhoneNumberResetPasswordResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl PhoneNumberResetPasswordResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberResetPasswordResponse>
        for super::PhoneNumberResetPasswordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberResetPasswordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::PhoneNumberResetPasswordResponse>
        for PhoneNumberResetPasswordResponse {
            fn from(value: super::PhoneNumberResetPasswordResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberSendOtpBody {
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberSendOtpBody {
            fn default() -> Self {
                Self {
                    phone_number: Err("no value supplied for phone_number".to_string()),
                }
            }
        }
        impl PhoneNumberSendOtpBody {
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberSendOtpBody>
        for super::PhoneNumberSendOtpBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberSendOtpBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberSendOtpBody>
        for PhoneNumberSendOtpBody {
            fn from(value: super::PhoneNumberSendOtpBody) -> Self {
                Self {
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberSendOtpResponse {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberSendOtpResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberSendOtpResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberSendOtpResponse>
        for super::PhoneNumberSendOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberSendOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { message: value.message? })
            }
        }
        impl ::std::convert::From<super::PhoneNumberSendOtpResponse>
        for PhoneNumberSendOtpResponse {
            fn from(value: super::PhoneNumberSendOtpResponse) -> Self {
                Self { message: Ok(value.message) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberVerifyBody {
            code: ::std::result::Result<crate::Secret, ::std::string::String>,
            disable_session: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            update_phone_number: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberVerifyBody {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    disable_session: Ok(Default::default()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    update_phone_number: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberVerifyBody {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
            pub fn disable_session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_session = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_session: {e}"
                        )
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn update_phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.update_phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for update_phone_number: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberVerifyBody>
        for super::PhoneNumberVerifyBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberVerifyBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    disable_session: value.disable_session?,
                    phone_number: value.phone_number?,
                    update_phone_number: value.update_phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberVerifyBody>
        for PhoneNumberVerifyBody {
            fn from(value: super::PhoneNumberVerifyBody) -> Self {
                Self {
                    code: Ok(value.code),
                    disable_session: Ok(value.disable_session),
                    phone_number: Ok(value.phone_number),
                    update_phone_number: Ok(value.update_phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PhoneNumberVerifyResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PhoneNumberVerifyResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                    token: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl PhoneNumberVerifyResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PhoneNumberVerifyResponse>
        for super::PhoneNumberVerifyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PhoneNumberVerifyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::PhoneNumberVerifyResponse>
        for PhoneNumberVerifyResponse {
            fn from(value: super::PhoneNumberVerifyResponse) -> Self {
                Self {
                    status: Ok(value.status),
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RefreshTokenResponse {
            access_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            access_token_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            id_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            refresh_token_expires_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            token_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RefreshTokenResponse {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    access_token_expires_at: Ok(Default::default()),
                    id_token: Ok(Default::default()),
                    refresh_token: Ok(Default::default()),
                    refresh_token_expires_at: Ok(Default::default()),
                    token_type: Ok(Default::default()),
                }
            }
        }
        impl RefreshTokenResponse {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn access_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.access_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for access_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn id_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.id_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_token: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn refresh_token_expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for refresh_token_expires_at: {e}"
                        )
                    });
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RefreshTokenResponse>
        for super::RefreshTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    access_token_expires_at: value.access_token_expires_at?,
                    id_token: value.id_token?,
                    refresh_token: value.refresh_token?,
                    refresh_token_expires_at: value.refresh_token_expires_at?,
                    token_type: value.token_type?,
                })
            }
        }
        impl ::std::convert::From<super::RefreshTokenResponse> for RefreshTokenResponse {
            fn from(value: super::RefreshTokenResponse) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    access_token_expires_at: Ok(value.access_token_expires_at),
                    id_token: Ok(value.id_token),
                    refresh_token: Ok(value.refresh_token),
                    refresh_token_expires_at: Ok(value.refresh_token_expires_at),
                    token_type: Ok(value.token_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestPasswordResetBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            redirect_to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestPasswordResetBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    redirect_to: Ok(Default::default()),
                }
            }
        }
        impl RequestPasswordResetBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn redirect_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_to = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect_to: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestPasswordResetBody>
        for super::RequestPasswordResetBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestPasswordResetBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    redirect_to: value.redirect_to?,
                })
            }
        }
        impl ::std::convert::From<super::RequestPasswordResetBody>
        for RequestPasswordResetBody {
            fn from(value: super::RequestPasswordResetBody) -> Self {
                Self {
                    email: Ok(value.email),
                    redirect_to: Ok(value.redirect_to),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RequestPasswordResetResponse {
            message: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RequestPasswordResetResponse {
            fn default() -> Self {
                Self {
                    message: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }
        impl RequestPasswordResetResponse {
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for message: {e}")
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RequestPasswordResetResponse>
        for super::RequestPasswordResetResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RequestPasswordResetResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    message: value.message?,
                    status: value.status?,
                })
            }
        }
        impl ::std::convert::From<super::RequestPasswordResetResponse>
        for RequestPasswordResetResponse {
            fn from(value: super::RequestPasswordResetResponse) -> Self {
                Self {
                    message: Ok(value.message),
                    status: Ok(value.status),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResetPasswordBody {
            new_password: ::std::result::Result<crate::Secret, ::std::string::String>,
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResetPasswordBody {
            fn default() -> Self {
                Self {
                    new_password: Err("no value supplied for new_password".to_string()),
                    token: Ok(Default::default()),
                }
            }
        }
        impl ResetPasswordBody {
            pub fn new_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.new_password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for new_password: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResetPasswordBody> for super::ResetPasswordBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResetPasswordBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    new_password: value.new_password?,
                    token: value.token?,
                })
            }
        }
        impl ::std::convert::From<super::ResetPasswordBody> for ResetPasswordBody {
            fn from(value: super::ResetPasswordBody) -> Self {
                Self {
                    new_password: Ok(value.new_password),
                    token: Ok(value.token),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResetPasswordByTokenResponse {
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResetPasswordByTokenResponse {
            fn default() -> Self {
                Self {
                    token: Ok(Default::default()),
                }
            }
        }
        impl ResetPasswordByTokenResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResetPasswordByTokenResponse>
        for super::ResetPasswordByTokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResetPasswordByTokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::ResetPasswordByTokenResponse>
        for ResetPasswordByTokenResponse {
            fn from(value: super::ResetPasswordByTokenResponse) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ResetPasswordResponse {
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ResetPasswordResponse {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl ResetPasswordResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ResetPasswordResponse>
        for super::ResetPasswordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResetPasswordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::ResetPasswordResponse>
        for ResetPasswordResponse {
            fn from(value: super::ResetPasswordResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeOtherSessionsBody {}
        impl ::std::default::Default for RevokeOtherSessionsBody {
            fn default() -> Self {
                Self {}
            }
        }
        impl RevokeOtherSessionsBody {}
        impl ::std::convert::TryFrom<RevokeOtherSessionsBody>
        for super::RevokeOtherSessionsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: RevokeOtherSessionsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::RevokeOtherSessionsBody>
        for RevokeOtherSessionsBody {
            fn from(_value: super::RevokeOtherSessionsBody) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeOtherSessionsResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for RevokeOtherSessionsResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl RevokeOtherSessionsResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RevokeOtherSessionsResponse>
        for super::RevokeOtherSessionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RevokeOtherSessionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::RevokeOtherSessionsResponse>
        for RevokeOtherSessionsResponse {
            fn from(value: super::RevokeOtherSessionsResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeSessionBody {
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for RevokeSessionBody {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }
        impl RevokeSessionBody {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RevokeSessionBody> for super::RevokeSessionBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RevokeSessionBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::RevokeSessionBody> for RevokeSessionBody {
            fn from(value: super::RevokeSessionBody) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeSessionResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for RevokeSessionResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl RevokeSessionResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RevokeSessionResponse>
        for super::RevokeSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RevokeSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::RevokeSessionResponse>
        for RevokeSessionResponse {
            fn from(value: super::RevokeSessionResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeSessionsBody {}
        impl ::std::default::Default for RevokeSessionsBody {
            fn default() -> Self {
                Self {}
            }
        }
        impl RevokeSessionsBody {}
        impl ::std::convert::TryFrom<RevokeSessionsBody> for super::RevokeSessionsBody {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: RevokeSessionsBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }
        impl ::std::convert::From<super::RevokeSessionsBody> for RevokeSessionsBody {
            fn from(_value: super::RevokeSessionsBody) -> Self {
                Self {}
            }
        }
        #[derive(Clone, Debug)]
        pub struct RevokeSessionsResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for RevokeSessionsResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl RevokeSessionsResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RevokeSessionsResponse>
        for super::RevokeSessionsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RevokeSessionsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::RevokeSessionsResponse>
        for RevokeSessionsResponse {
            fn from(value: super::RevokeSessionsResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendVerificationEmailBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for SendVerificationEmailBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                }
            }
        }
        impl SendVerificationEmailBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendVerificationEmailBody>
        for super::SendVerificationEmailBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendVerificationEmailBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    email: value.email?,
                })
            }
        }
        impl ::std::convert::From<super::SendVerificationEmailBody>
        for SendVerificationEmailBody {
            fn from(value: super::SendVerificationEmailBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    email: Ok(value.email),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SendVerificationEmailResponse {
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SendVerificationEmailResponse {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl SendVerificationEmailResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SendVerificationEmailResponse>
        for super::SendVerificationEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SendVerificationEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::SendVerificationEmailResponse>
        for SendVerificationEmailResponse {
            fn from(value: super::SendVerificationEmailResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Session {
            active_organization_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            impersonated_by: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user_agent: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user_id: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Session {
            fn default() -> Self {
                Self {
                    active_organization_id: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    impersonated_by: Ok(Default::default()),
                    ip_address: Ok(Default::default()),
                    token: Err("no value supplied for token".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user_agent: Ok(Default::default()),
                    user_id: Err("no value supplied for user_id".to_string()),
                }
            }
        }
        impl Session {
            pub fn active_organization_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.active_organization_id = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for active_organization_id: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn impersonated_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.impersonated_by = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for impersonated_by: {e}"
                        )
                    });
                self
            }
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn user_agent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_agent = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_agent: {e}")
                    });
                self
            }
            pub fn user_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Session> for super::Session {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Session,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    active_organization_id: value.active_organization_id?,
                    created_at: value.created_at?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    impersonated_by: value.impersonated_by?,
                    ip_address: value.ip_address?,
                    token: value.token?,
                    updated_at: value.updated_at?,
                    user_agent: value.user_agent?,
                    user_id: value.user_id?,
                })
            }
        }
        impl ::std::convert::From<super::Session> for Session {
            fn from(value: super::Session) -> Self {
                Self {
                    active_organization_id: Ok(value.active_organization_id),
                    created_at: Ok(value.created_at),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    impersonated_by: Ok(value.impersonated_by),
                    ip_address: Ok(value.ip_address),
                    token: Ok(value.token),
                    updated_at: Ok(value.updated_at),
                    user_agent: Ok(value.user_agent),
                    user_id: Ok(value.user_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInEmailBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            password: ::std::result::Result<crate::Secret, ::std::string::String>,
            remember_me: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInEmailBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    password: Err("no value supplied for password".to_string()),
                    remember_me: Ok(Default::default()),
                }
            }
        }
        impl SignInEmailBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn remember_me<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.remember_me = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remember_me: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInEmailBody> for super::SignInEmailBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInEmailBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    email: value.email?,
                    password: value.password?,
                    remember_me: value.remember_me?,
                })
            }
        }
        impl ::std::convert::From<super::SignInEmailBody> for SignInEmailBody {
            fn from(value: super::SignInEmailBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    email: Ok(value.email),
                    password: Ok(value.password),
                    remember_me: Ok(value.remember_me),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInEmailOtpBody {
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            otp: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for SignInEmailOtpBody {
            fn default() -> Self {
                Self {
                    email: Err("no value supplied for email".to_string()),
                    image: Ok(Default::default()),
                    name: Ok(Default::default()),
                    otp: Err("no value supplied for otp".to_string()),
                }
            }
        }
        impl SignInEmailOtpBody {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn otp<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.otp = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for otp: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInEmailOtpBody> for super::SignInEmailOtpBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInEmailOtpBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    image: value.image?,
                    name: value.name?,
                    otp: value.otp?,
                })
            }
        }
        impl ::std::convert::From<super::SignInEmailOtpBody> for SignInEmailOtpBody {
            fn from(value: super::SignInEmailOtpBody) -> Self {
                Self {
                    email: Ok(value.email),
                    image: Ok(value.image),
                    name: Ok(value.name),
                    otp: Ok(value.otp),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInEmailOtpResponse {
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for SignInEmailOtpResponse {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl SignInEmailOtpResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInEmailOtpResponse>
        for super::SignInEmailOtpResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInEmailOtpResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::SignInEmailOtpResponse>
        for SignInEmailOtpResponse {
            fn from(value: super::SignInEmailOtpResponse) -> Self {
                Self {
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInEmailResponse {
            redirect: ::std::result::Result<bool, ::std::string::String>,
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for SignInEmailResponse {
            fn default() -> Self {
                Self {
                    redirect: Err("no value supplied for redirect".to_string()),
                    token: Err("no value supplied for token".to_string()),
                    url: Ok(Default::default()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl SignInEmailResponse {
            pub fn redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInEmailResponse>
        for super::SignInEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    redirect: value.redirect?,
                    token: value.token?,
                    url: value.url?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::SignInEmailResponse> for SignInEmailResponse {
            fn from(value: super::SignInEmailResponse) -> Self {
                Self {
                    redirect: Ok(value.redirect),
                    token: Ok(value.token),
                    url: Ok(value.url),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInMagicLinkBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            error_callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            metadata: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            new_user_callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInMagicLinkBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    error_callback_url: Ok(Default::default()),
                    metadata: Ok(Default::default()),
                    name: Ok(Default::default()),
                    new_user_callback_url: Ok(Default::default()),
                }
            }
        }
        impl SignInMagicLinkBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn error_callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_callback_url: {e}"
                        )
                    });
                self
            }
            pub fn metadata<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.metadata = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for metadata: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn new_user_callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_user_callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_user_callback_url: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInMagicLinkBody>
        for super::SignInMagicLinkBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInMagicLinkBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    email: value.email?,
                    error_callback_url: value.error_callback_url?,
                    metadata: value.metadata?,
                    name: value.name?,
                    new_user_callback_url: value.new_user_callback_url?,
                })
            }
        }
        impl ::std::convert::From<super::SignInMagicLinkBody> for SignInMagicLinkBody {
            fn from(value: super::SignInMagicLinkBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    email: Ok(value.email),
                    error_callback_url: Ok(value.error_callback_url),
                    metadata: Ok(value.metadata),
                    name: Ok(value.name),
                    new_user_callback_url: Ok(value.new_user_callback_url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInMagicLinkResponse {
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInMagicLinkResponse {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl SignInMagicLinkResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInMagicLinkResponse>
        for super::SignInMagicLinkResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInMagicLinkResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::SignInMagicLinkResponse>
        for SignInMagicLinkResponse {
            fn from(value: super::SignInMagicLinkResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInPhoneNumberBody {
            password: ::std::result::Result<crate::Secret, ::std::string::String>,
            phone_number: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            remember_me: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInPhoneNumberBody {
            fn default() -> Self {
                Self {
                    password: Err("no value supplied for password".to_string()),
                    phone_number: Err("no value supplied for phone_number".to_string()),
                    remember_me: Ok(Default::default()),
                }
            }
        }
        impl SignInPhoneNumberBody {
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn remember_me<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.remember_me = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remember_me: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInPhoneNumberBody>
        for super::SignInPhoneNumberBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInPhoneNumberBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    password: value.password?,
                    phone_number: value.phone_number?,
                    remember_me: value.remember_me?,
                })
            }
        }
        impl ::std::convert::From<super::SignInPhoneNumberBody>
        for SignInPhoneNumberBody {
            fn from(value: super::SignInPhoneNumberBody) -> Self {
                Self {
                    password: Ok(value.password),
                    phone_number: Ok(value.phone_number),
                    remember_me: Ok(value.remember_me),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInPhoneNumberResponse {
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for SignInPhoneNumberResponse {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl SignInPhoneNumberResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInPhoneNumberResponse>
        for super::SignInPhoneNumberResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInPhoneNumberResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::SignInPhoneNumberResponse>
        for SignInPhoneNumberResponse {
            fn from(value: super::SignInPhoneNumberResponse) -> Self {
                Self {
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInSocialBody {
            additional_data: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            additional_params: ::std::result::Result<
                ::std::collections::HashMap<
                    ::std::string::String,
                    ::std::string::String,
                >,
                ::std::string::String,
            >,
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_redirect: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            error_callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id_token: ::std::result::Result<
                ::std::option::Option<super::SignInSocialBodyIdToken>,
                ::std::string::String,
            >,
            login_hint: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            new_user_callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            provider: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            request_sign_up: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInSocialBody {
            fn default() -> Self {
                Self {
                    additional_data: Ok(Default::default()),
                    additional_params: Ok(Default::default()),
                    callback_url: Ok(Default::default()),
                    disable_redirect: Ok(Default::default()),
                    error_callback_url: Ok(Default::default()),
                    id_token: Ok(Default::default()),
                    login_hint: Ok(Default::default()),
                    new_user_callback_url: Ok(Default::default()),
                    provider: Err("no value supplied for provider".to_string()),
                    request_sign_up: Ok(Default::default()),
                    scopes: Ok(Default::default()),
                }
            }
        }
        impl SignInSocialBody {
            pub fn additional_data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.additional_data = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_data: {e}"
                        )
                    });
                self
            }
            pub fn additional_params<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::collections::HashMap<
                        ::std::string::String,
                        ::std::string::String,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.additional_params = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for additional_params: {e}"
                        )
                    });
                self
            }
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn disable_redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_redirect: {e}"
                        )
                    });
                self
            }
            pub fn error_callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.error_callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for error_callback_url: {e}"
                        )
                    });
                self
            }
            pub fn id_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SignInSocialBodyIdToken>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.id_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for id_token: {e}")
                    });
                self
            }
            pub fn login_hint<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_hint = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for login_hint: {e}")
                    });
                self
            }
            pub fn new_user_callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.new_user_callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for new_user_callback_url: {e}"
                        )
                    });
                self
            }
            pub fn provider<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.provider = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for provider: {e}")
                    });
                self
            }
            pub fn request_sign_up<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.request_sign_up = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for request_sign_up: {e}"
                        )
                    });
                self
            }
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInSocialBody> for super::SignInSocialBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInSocialBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    additional_data: value.additional_data?,
                    additional_params: value.additional_params?,
                    callback_url: value.callback_url?,
                    disable_redirect: value.disable_redirect?,
                    error_callback_url: value.error_callback_url?,
                    id_token: value.id_token?,
                    login_hint: value.login_hint?,
                    new_user_callback_url: value.new_user_callback_url?,
                    provider: value.provider?,
                    request_sign_up: value.request_sign_up?,
                    scopes: value.scopes?,
                })
            }
        }
        impl ::std::convert::From<super::SignInSocialBody> for SignInSocialBody {
            fn from(value: super::SignInSocialBody) -> Self {
                Self {
                    additional_data: Ok(value.additional_data),
                    additional_params: Ok(value.additional_params),
                    callback_url: Ok(value.callback_url),
                    disable_redirect: Ok(value.disable_redirect),
                    error_callback_url: Ok(value.error_callback_url),
                    id_token: Ok(value.id_token),
                    login_hint: Ok(value.login_hint),
                    new_user_callback_url: Ok(value.new_user_callback_url),
                    provider: Ok(value.provider),
                    request_sign_up: Ok(value.request_sign_up),
                    scopes: Ok(value.scopes),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInSocialBodyIdToken {
            access_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::std::option::Option<f64>,
                ::std::string::String,
            >,
            nonce: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            refresh_token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            token: ::std::result::Result<crate::Secret, ::std::string::String>,
            user: ::std::result::Result<
                ::std::option::Option<super::SignInSocialBodyIdTokenUser>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInSocialBodyIdToken {
            fn default() -> Self {
                Self {
                    access_token: Ok(Default::default()),
                    expires_at: Ok(Default::default()),
                    nonce: Ok(Default::default()),
                    refresh_token: Ok(Default::default()),
                    token: Err("no value supplied for token".to_string()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl SignInSocialBodyIdToken {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for access_token: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn nonce<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.nonce = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for nonce: {e}")
                    });
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for refresh_token: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SignInSocialBodyIdTokenUser>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInSocialBodyIdToken>
        for super::SignInSocialBodyIdToken {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInSocialBodyIdToken,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    expires_at: value.expires_at?,
                    nonce: value.nonce?,
                    refresh_token: value.refresh_token?,
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::SignInSocialBodyIdToken>
        for SignInSocialBodyIdToken {
            fn from(value: super::SignInSocialBodyIdToken) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    expires_at: Ok(value.expires_at),
                    nonce: Ok(value.nonce),
                    refresh_token: Ok(value.refresh_token),
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInSocialBodyIdTokenUser {
            email: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<super::SignInSocialBodyIdTokenUserName>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInSocialBodyIdTokenUser {
            fn default() -> Self {
                Self {
                    email: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl SignInSocialBodyIdTokenUser {
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::SignInSocialBodyIdTokenUserName>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInSocialBodyIdTokenUser>
        for super::SignInSocialBodyIdTokenUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInSocialBodyIdTokenUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email: value.email?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::SignInSocialBodyIdTokenUser>
        for SignInSocialBodyIdTokenUser {
            fn from(value: super::SignInSocialBodyIdTokenUser) -> Self {
                Self {
                    email: Ok(value.email),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInSocialBodyIdTokenUserName {
            first_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            last_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInSocialBodyIdTokenUserName {
            fn default() -> Self {
                Self {
                    first_name: Ok(Default::default()),
                    last_name: Ok(Default::default()),
                }
            }
        }
        impl SignInSocialBodyIdTokenUserName {
            pub fn first_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.first_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for first_name: {e}")
                    });
                self
            }
            pub fn last_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.last_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for last_name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInSocialBodyIdTokenUserName>
        for super::SignInSocialBodyIdTokenUserName {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInSocialBodyIdTokenUserName,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    first_name: value.first_name?,
                    last_name: value.last_name?,
                })
            }
        }
        impl ::std::convert::From<super::SignInSocialBodyIdTokenUserName>
        for SignInSocialBodyIdTokenUserName {
            fn from(value: super::SignInSocialBodyIdTokenUserName) -> Self {
                Self {
                    first_name: Ok(value.first_name),
                    last_name: Ok(value.last_name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignInSocialResponse {
            redirect: ::std::result::Result<bool, ::std::string::String>,
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignInSocialResponse {
            fn default() -> Self {
                Self {
                    redirect: Err("no value supplied for redirect".to_string()),
                    token: Ok(Default::default()),
                    url: Ok(Default::default()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl SignInSocialResponse {
            pub fn redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignInSocialResponse>
        for super::SignInSocialResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignInSocialResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    redirect: value.redirect?,
                    token: value.token?,
                    url: value.url?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::SignInSocialResponse> for SignInSocialResponse {
            fn from(value: super::SignInSocialResponse) -> Self {
                Self {
                    redirect: Ok(value.redirect),
                    token: Ok(value.token),
                    url: Ok(value.url),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignOutBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disable_redirect: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignOutBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    disable_redirect: Ok(Default::default()),
                    state: Ok(Default::default()),
                }
            }
        }
        impl SignOutBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn disable_redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.disable_redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for disable_redirect: {e}"
                        )
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignOutBody> for super::SignOutBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignOutBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    disable_redirect: value.disable_redirect?,
                    state: value.state?,
                })
            }
        }
        impl ::std::convert::From<super::SignOutBody> for SignOutBody {
            fn from(value: super::SignOutBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    disable_redirect: Ok(value.disable_redirect),
                    state: Ok(value.state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignOutResponse {
            redirect: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            success: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignOutResponse {
            fn default() -> Self {
                Self {
                    redirect: Ok(Default::default()),
                    success: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl SignOutResponse {
            pub fn redirect<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for redirect: {e}")
                    });
                self
            }
            pub fn success<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.success = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for success: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignOutResponse> for super::SignOutResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignOutResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    redirect: value.redirect?,
                    success: value.success?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::SignOutResponse> for SignOutResponse {
            fn from(value: super::SignOutResponse) -> Self {
                Self {
                    redirect: Ok(value.redirect),
                    success: Ok(value.success),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignUpEmailBody {
            callback_url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            password: ::std::result::Result<crate::Secret, ::std::string::String>,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            remember_me: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for SignUpEmailBody {
            fn default() -> Self {
                Self {
                    callback_url: Ok(Default::default()),
                    email: Err("no value supplied for email".to_string()),
                    image: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    password: Err("no value supplied for password".to_string()),
                    phone_number: Ok(Default::default()),
                    remember_me: Ok(Default::default()),
                }
            }
        }
        impl SignUpEmailBody {
            pub fn callback_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.callback_url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for callback_url: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn remember_me<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.remember_me = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for remember_me: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignUpEmailBody> for super::SignUpEmailBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignUpEmailBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    callback_url: value.callback_url?,
                    email: value.email?,
                    image: value.image?,
                    name: value.name?,
                    password: value.password?,
                    phone_number: value.phone_number?,
                    remember_me: value.remember_me?,
                })
            }
        }
        impl ::std::convert::From<super::SignUpEmailBody> for SignUpEmailBody {
            fn from(value: super::SignUpEmailBody) -> Self {
                Self {
                    callback_url: Ok(value.callback_url),
                    email: Ok(value.email),
                    image: Ok(value.image),
                    name: Ok(value.name),
                    password: Ok(value.password),
                    phone_number: Ok(value.phone_number),
                    remember_me: Ok(value.remember_me),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct SignUpEmailResponse {
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
            user: ::std::result::Result<super::User, ::std::string::String>,
        }
        impl ::std::default::Default for SignUpEmailResponse {
            fn default() -> Self {
                Self {
                    token: Ok(Default::default()),
                    user: Err("no value supplied for user".to_string()),
                }
            }
        }
        impl SignUpEmailResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::User>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<SignUpEmailResponse>
        for super::SignUpEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SignUpEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::SignUpEmailResponse> for SignUpEmailResponse {
            fn from(value: super::SignUpEmailResponse) -> Self {
                Self {
                    token: Ok(value.token),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct TokenResponse {
            token: ::std::result::Result<
                ::std::option::Option<crate::Secret>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for TokenResponse {
            fn default() -> Self {
                Self {
                    token: Ok(Default::default()),
                }
            }
        }
        impl TokenResponse {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<crate::Secret>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<TokenResponse> for super::TokenResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TokenResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { token: value.token? })
            }
        }
        impl ::std::convert::From<super::TokenResponse> for TokenResponse {
            fn from(value: super::TokenResponse) -> Self {
                Self { token: Ok(value.token) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnlinkAccountBody {
            account_id: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnlinkAccountBody {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                }
            }
        }
        impl UnlinkAccountBody {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for account_id: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnlinkAccountBody> for super::UnlinkAccountBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnlinkAccountBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                })
            }
        }
        impl ::std::convert::From<super::UnlinkAccountBody> for UnlinkAccountBody {
            fn from(value: super::UnlinkAccountBody) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnlinkAccountResponse {
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnlinkAccountResponse {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl UnlinkAccountResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnlinkAccountResponse>
        for super::UnlinkAccountResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnlinkAccountResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::UnlinkAccountResponse>
        for UnlinkAccountResponse {
            fn from(value: super::UnlinkAccountResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateSessionResponse {
            session: ::std::result::Result<
                ::std::option::Option<super::Session>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateSessionResponse {
            fn default() -> Self {
                Self {
                    session: Ok(Default::default()),
                }
            }
        }
        impl UpdateSessionResponse {
            pub fn session<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Session>>,
                T::Error: ::std::fmt::Display,
            {
                self.session = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for session: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateSessionResponse>
        for super::UpdateSessionResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateSessionResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { session: value.session? })
            }
        }
        impl ::std::convert::From<super::UpdateSessionResponse>
        for UpdateSessionResponse {
            fn from(value: super::UpdateSessionResponse) -> Self {
                Self { session: Ok(value.session) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateUserBody {
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UpdateUserBody {
            fn default() -> Self {
                Self {
                    image: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                }
            }
        }
        impl UpdateUserBody {
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateUserBody> for super::UpdateUserBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateUserBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    image: value.image?,
                    name: value.name?,
                    phone_number: value.phone_number?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateUserBody> for UpdateUserBody {
            fn from(value: super::UpdateUserBody) -> Self {
                Self {
                    image: Ok(value.image),
                    name: Ok(value.name),
                    phone_number: Ok(value.phone_number),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateUserResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateUserResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }
        impl UpdateUserResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UpdateUserResponse> for super::UpdateUserResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateUserResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::UpdateUserResponse> for UpdateUserResponse {
            fn from(value: super::UpdateUserResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct User {
            ban_expires: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            ban_reason: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            banned: ::std::result::Result<bool, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            email_verified: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            image: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number_verified: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            role: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for User {
            fn default() -> Self {
                Self {
                    ban_expires: Ok(Default::default()),
                    ban_reason: Ok(Default::default()),
                    banned: Ok(Default::default()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    email_verified: Err(
                        "no value supplied for email_verified".to_string(),
                    ),
                    id: Err("no value supplied for id".to_string()),
                    image: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    phone_number: Ok(Default::default()),
                    phone_number_verified: Ok(Default::default()),
                    role: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }
        impl User {
            pub fn ban_expires<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.ban_expires = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ban_expires: {e}")
                    });
                self
            }
            pub fn ban_reason<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ban_reason = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ban_reason: {e}")
                    });
                self
            }
            pub fn banned<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.banned = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for banned: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for email: {e}")
                    });
                self
            }
            pub fn email_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.email_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for email_verified: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn image<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.image = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for image: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn phone_number_verified<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number_verified = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for phone_number_verified: {e}"
                        )
                    });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for role: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<User> for super::User {
            type Error = super::error::ConversionError;
            fn try_from(
                value: User,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ban_expires: value.ban_expires?,
                    ban_reason: value.ban_reason?,
                    banned: value.banned?,
                    created_at: value.created_at?,
                    email: value.email?,
                    email_verified: value.email_verified?,
                    id: value.id?,
                    image: value.image?,
                    name: value.name?,
                    phone_number: value.phone_number?,
                    phone_number_verified: value.phone_number_verified?,
                    role: value.role?,
                    updated_at: value.updated_at?,
                })
            }
        }
        impl ::std::convert::From<super::User> for User {
            fn from(value: super::User) -> Self {
                Self {
                    ban_expires: Ok(value.ban_expires),
                    ban_reason: Ok(value.ban_reason),
                    banned: Ok(value.banned),
                    created_at: Ok(value.created_at),
                    email: Ok(value.email),
                    email_verified: Ok(value.email_verified),
                    id: Ok(value.id),
                    image: Ok(value.image),
                    name: Ok(value.name),
                    phone_number: Ok(value.phone_number),
                    phone_number_verified: Ok(value.phone_number_verified),
                    role: Ok(value.role),
                    updated_at: Ok(value.updated_at),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Verification {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            expires_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            id: ::std::result::Result<::std::string::String, ::std::string::String>,
            identifier: ::std::result::Result<
                ::std::string::String,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            value: ::std::result::Result<::std::string::String, ::std::string::String>,
        }
        impl ::std::default::Default for Verification {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    expires_at: Err("no value supplied for expires_at".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    identifier: Err("no value supplied for identifier".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }
        impl Verification {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn expires_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for expires_at: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn identifier<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.identifier = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for identifier: {e}")
                    });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for updated_at: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Verification> for super::Verification {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Verification,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    expires_at: value.expires_at?,
                    id: value.id?,
                    identifier: value.identifier?,
                    updated_at: value.updated_at?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::Verification> for Verification {
            fn from(value: super::Verification) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    expires_at: Ok(value.expires_at),
                    id: Ok(value.id),
                    identifier: Ok(value.identifier),
                    updated_at: Ok(value.updated_at),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyEmailResponse {
            status: ::std::result::Result<bool, ::std::string::String>,
            user: ::std::result::Result<
                ::std::option::Option<super::User>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerifyEmailResponse {
            fn default() -> Self {
                Self {
                    status: Err("no value supplied for status".to_string()),
                    user: Ok(Default::default()),
                }
            }
        }
        impl VerifyEmailResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn user<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::User>>,
                T::Error: ::std::fmt::Display,
            {
                self.user = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for user: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyEmailResponse>
        for super::VerifyEmailResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyEmailResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    status: value.status?,
                    user: value.user?,
                })
            }
        }
        impl ::std::convert::From<super::VerifyEmailResponse> for VerifyEmailResponse {
            fn from(value: super::VerifyEmailResponse) -> Self {
                Self {
                    status: Ok(value.status),
                    user: Ok(value.user),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyPasswordBody {
            password: ::std::result::Result<crate::Secret, ::std::string::String>,
        }
        impl ::std::default::Default for VerifyPasswordBody {
            fn default() -> Self {
                Self {
                    password: Err("no value supplied for password".to_string()),
                }
            }
        }
        impl VerifyPasswordBody {
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<crate::Secret>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for password: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyPasswordBody> for super::VerifyPasswordBody {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyPasswordBody,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { password: value.password? })
            }
        }
        impl ::std::convert::From<super::VerifyPasswordBody> for VerifyPasswordBody {
            fn from(value: super::VerifyPasswordBody) -> Self {
                Self {
                    password: Ok(value.password),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VerifyPasswordResponse {
            status: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VerifyPasswordResponse {
            fn default() -> Self {
                Self {
                    status: Ok(Default::default()),
                }
            }
        }
        impl VerifyPasswordResponse {
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VerifyPasswordResponse>
        for super::VerifyPasswordResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VerifyPasswordResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { status: value.status? })
            }
        }
        impl ::std::convert::From<super::VerifyPasswordResponse>
        for VerifyPasswordResponse {
            fn from(value: super::VerifyPasswordResponse) -> Self {
                Self { status: Ok(value.status) }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Better Auth

API Reference for your Better Auth Instance

Version: 1.1.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Context,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::Context) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Context,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Context> for Client {
    fn api_version() -> &'static str {
        "1.1.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Context {
        &self.inner
    }
}
impl ClientHooks<crate::transport::Context> for &Client {}
pub trait ClientAdminExt {
    /**Set the role of a user

Sends a `POST` request to `/admin/set-role`

```ignore
let response = client.admin_set_role()
    .body(body)
    .send()
    .await;
```*/
    fn admin_set_role(&self) -> builder::AdminSetRole<'_>;
    /**Get an existing user

Sends a `GET` request to `/admin/get-user`

```ignore
let response = client.admin_get_user()
    .id(id)
    .send()
    .await;
```*/
    fn admin_get_user(&self) -> builder::AdminGetUser<'_>;
    /**Create a new user

Sends a `POST` request to `/admin/create-user`

```ignore
let response = client.admin_create_user()
    .body(body)
    .send()
    .await;
```*/
    fn admin_create_user(&self) -> builder::AdminCreateUser<'_>;
    /**Update a user's details

Sends a `POST` request to `/admin/update-user`

```ignore
let response = client.admin_update_user()
    .body(body)
    .send()
    .await;
```*/
    fn admin_update_user(&self) -> builder::AdminUpdateUser<'_>;
    /**List users

Sends a `GET` request to `/admin/list-users`

```ignore
let response = client.admin_list_users()
    .filter_field(filter_field)
    .filter_operator(filter_operator)
    .filter_value(filter_value)
    .limit(limit)
    .offset(offset)
    .search_field(search_field)
    .search_operator(search_operator)
    .search_value(search_value)
    .sort_by(sort_by)
    .sort_direction(sort_direction)
    .send()
    .await;
```*/
    fn admin_list_users(&self) -> builder::AdminListUsers<'_>;
    /**List user sessions

Sends a `POST` request to `/admin/list-user-sessions`

```ignore
let response = client.admin_list_user_sessions()
    .body(body)
    .send()
    .await;
```*/
    fn admin_list_user_sessions(&self) -> builder::AdminListUserSessions<'_>;
    /**Unban a user

Sends a `POST` request to `/admin/unban-user`

```ignore
let response = client.admin_unban_user()
    .body(body)
    .send()
    .await;
```*/
    fn admin_unban_user(&self) -> builder::AdminUnbanUser<'_>;
    /**Ban a user

Sends a `POST` request to `/admin/ban-user`

```ignore
let response = client.admin_ban_user()
    .body(body)
    .send()
    .await;
```*/
    fn admin_ban_user(&self) -> builder::AdminBanUser<'_>;
    /**Impersonate a user

Sends a `POST` request to `/admin/impersonate-user`

```ignore
let response = client.admin_impersonate_user()
    .body(body)
    .send()
    .await;
```*/
    fn admin_impersonate_user(&self) -> builder::AdminImpersonateUser<'_>;
    /**Sends a `POST` request to `/admin/stop-impersonating`

```ignore
let response = client.admin_stop_impersonating()
    .send()
    .await;
```*/
    fn admin_stop_impersonating(&self) -> builder::AdminStopImpersonating<'_>;
    /**Revoke a user session

Sends a `POST` request to `/admin/revoke-user-session`

```ignore
let response = client.admin_revoke_user_session()
    .body(body)
    .send()
    .await;
```*/
    fn admin_revoke_user_session(&self) -> builder::AdminRevokeUserSession<'_>;
    /**Revoke all user sessions

Sends a `POST` request to `/admin/revoke-user-sessions`

```ignore
let response = client.admin_revoke_user_sessions()
    .body(body)
    .send()
    .await;
```*/
    fn admin_revoke_user_sessions(&self) -> builder::AdminRevokeUserSessions<'_>;
    /**Delete a user and all their sessions and accounts. Cannot be undone.

Sends a `POST` request to `/admin/remove-user`

```ignore
let response = client.admin_remove_user()
    .body(body)
    .send()
    .await;
```*/
    fn admin_remove_user(&self) -> builder::AdminRemoveUser<'_>;
    /**Set a user's password

Sends a `POST` request to `/admin/set-user-password`

```ignore
let response = client.admin_set_user_password()
    .body(body)
    .send()
    .await;
```*/
    fn admin_set_user_password(&self) -> builder::AdminSetUserPassword<'_>;
    /**Check if the user has permission

Sends a `POST` request to `/admin/has-permission`

```ignore
let response = client.admin_has_permission()
    .body(body)
    .send()
    .await;
```*/
    fn admin_has_permission(&self) -> builder::AdminHasPermission<'_>;
}
impl ClientAdminExt for Client {
    fn admin_set_role(&self) -> builder::AdminSetRole<'_> {
        builder::AdminSetRole::new(self)
    }
    fn admin_get_user(&self) -> builder::AdminGetUser<'_> {
        builder::AdminGetUser::new(self)
    }
    fn admin_create_user(&self) -> builder::AdminCreateUser<'_> {
        builder::AdminCreateUser::new(self)
    }
    fn admin_update_user(&self) -> builder::AdminUpdateUser<'_> {
        builder::AdminUpdateUser::new(self)
    }
    fn admin_list_users(&self) -> builder::AdminListUsers<'_> {
        builder::AdminListUsers::new(self)
    }
    fn admin_list_user_sessions(&self) -> builder::AdminListUserSessions<'_> {
        builder::AdminListUserSessions::new(self)
    }
    fn admin_unban_user(&self) -> builder::AdminUnbanUser<'_> {
        builder::AdminUnbanUser::new(self)
    }
    fn admin_ban_user(&self) -> builder::AdminBanUser<'_> {
        builder::AdminBanUser::new(self)
    }
    fn admin_impersonate_user(&self) -> builder::AdminImpersonateUser<'_> {
        builder::AdminImpersonateUser::new(self)
    }
    fn admin_stop_impersonating(&self) -> builder::AdminStopImpersonating<'_> {
        builder::AdminStopImpersonating::new(self)
    }
    fn admin_revoke_user_session(&self) -> builder::AdminRevokeUserSession<'_> {
        builder::AdminRevokeUserSession::new(self)
    }
    fn admin_revoke_user_sessions(&self) -> builder::AdminRevokeUserSessions<'_> {
        builder::AdminRevokeUserSessions::new(self)
    }
    fn admin_remove_user(&self) -> builder::AdminRemoveUser<'_> {
        builder::AdminRemoveUser::new(self)
    }
    fn admin_set_user_password(&self) -> builder::AdminSetUserPassword<'_> {
        builder::AdminSetUserPassword::new(self)
    }
    fn admin_has_permission(&self) -> builder::AdminHasPermission<'_> {
        builder::AdminHasPermission::new(self)
    }
}
///Default endpoints that are included with Better Auth by default. These endpoints are not part of any plugin.
pub trait ClientDefaultExt {
    /**Sign in with a social provider

Sends a `POST` request to `/sign-in/social`

```ignore
let response = client.sign_in_social()
    .body(body)
    .send()
    .await;
```*/
    fn sign_in_social(&self) -> builder::SignInSocial<'_>;
    /**Sends a `GET` request to `/callback/{id}`

```ignore
let response = client.callback_by_id()
    .id(id)
    .code(code)
    .device_id(device_id)
    .error(error)
    .error_description(error_description)
    .iss(iss)
    .state(state)
    .user(user)
    .send()
    .await;
```*/
    fn callback_by_id(&self) -> builder::CallbackById<'_>;
    /**Sends a `POST` request to `/callback/{id}`

```ignore
let response = client.callback_by_id_post()
    .id(id)
    .code(code)
    .device_id(device_id)
    .error(error)
    .error_description(error_description)
    .iss(iss)
    .state(state)
    .user(user)
    .body(body)
    .send()
    .await;
```*/
    fn callback_by_id_post(&self) -> builder::CallbackByIdPost<'_>;
    /**Get the current session

Sends a `GET` request to `/get-session`

```ignore
let response = client.get_session()
    .disable_cookie_cache(disable_cookie_cache)
    .disable_refresh(disable_refresh)
    .send()
    .await;
```*/
    fn get_session(&self) -> builder::GetSession<'_>;
    /**Get the current session

Sends a `POST` request to `/get-session`

```ignore
let response = client.get_session_post()
    .disable_cookie_cache(disable_cookie_cache)
    .disable_refresh(disable_refresh)
    .body(body)
    .send()
    .await;
```*/
    fn get_session_post(&self) -> builder::GetSessionPost<'_>;
    /**Sign out the current user

Sends a `POST` request to `/sign-out`

```ignore
let response = client.sign_out()
    .body(body)
    .send()
    .await;
```*/
    fn sign_out(&self) -> builder::SignOut<'_>;
    /**Sign up a user using email and password

Sends a `POST` request to `/sign-up/email`

```ignore
let response = client.sign_up_email()
    .body(body)
    .send()
    .await;
```*/
    fn sign_up_email(&self) -> builder::SignUpEmail<'_>;
    /**Sign in with email and password

Sends a `POST` request to `/sign-in/email`

```ignore
let response = client.sign_in_email()
    .body(body)
    .send()
    .await;
```*/
    fn sign_in_email(&self) -> builder::SignInEmail<'_>;
    /**Reset the password for a user

Sends a `POST` request to `/reset-password`

```ignore
let response = client.reset_password()
    .token(token)
    .body(body)
    .send()
    .await;
```*/
    fn reset_password(&self) -> builder::ResetPassword<'_>;
    /**Verify the current user's password

Sends a `POST` request to `/verify-password`

```ignore
let response = client.verify_password()
    .body(body)
    .send()
    .await;
```*/
    fn verify_password(&self) -> builder::VerifyPassword<'_>;
    /**Verify the email of the user

Sends a `GET` request to `/verify-email`

Arguments:
- `callback_url`: The URL to redirect to after email verification
- `token`: The token to verify the email
```ignore
let response = client.verify_email()
    .callback_url(callback_url)
    .token(token)
    .send()
    .await;
```*/
    fn verify_email(&self) -> builder::VerifyEmail<'_>;
    /**Send a verification email to the user

Sends a `POST` request to `/send-verification-email`

```ignore
let response = client.send_verification_email()
    .body(body)
    .send()
    .await;
```*/
    fn send_verification_email(&self) -> builder::SendVerificationEmail<'_>;
    /**Sends a `POST` request to `/change-email`

```ignore
let response = client.change_email()
    .body(body)
    .send()
    .await;
```*/
    fn change_email(&self) -> builder::ChangeEmail<'_>;
    /**Change the password of the user

Sends a `POST` request to `/change-password`

```ignore
let response = client.change_password()
    .body(body)
    .send()
    .await;
```*/
    fn change_password(&self) -> builder::ChangePassword<'_>;
    /**Update the current session

Sends a `POST` request to `/update-session`

```ignore
let response = client.update_session()
    .body(body)
    .send()
    .await;
```*/
    fn update_session(&self) -> builder::UpdateSession<'_>;
    /**Update the current user

Sends a `POST` request to `/update-user`

```ignore
let response = client.update_user()
    .body(body)
    .send()
    .await;
```*/
    fn update_user(&self) -> builder::UpdateUser<'_>;
    /**Delete the user

Sends a `POST` request to `/delete-user`

```ignore
let response = client.delete_user()
    .body(body)
    .send()
    .await;
```*/
    fn delete_user(&self) -> builder::DeleteUser<'_>;
    /**Send a password reset email to the user

Sends a `POST` request to `/request-password-reset`

```ignore
let response = client.request_password_reset()
    .body(body)
    .send()
    .await;
```*/
    fn request_password_reset(&self) -> builder::RequestPasswordReset<'_>;
    /**Redirects the user to the callback URL with the token

Sends a `GET` request to `/reset-password/{token}`

Arguments:
- `token`: The token to reset the password
- `callback_url`: The URL to redirect the user to reset their password
```ignore
let response = client.reset_password_by_token()
    .token(token)
    .callback_url(callback_url)
    .send()
    .await;
```*/
    fn reset_password_by_token(&self) -> builder::ResetPasswordByToken<'_>;
    /**List all active sessions for the user

Sends a `GET` request to `/list-sessions`

```ignore
let response = client.list_sessions()
    .send()
    .await;
```*/
    fn list_sessions(&self) -> builder::ListSessions<'_>;
    /**Revoke a single session

Sends a `POST` request to `/revoke-session`

```ignore
let response = client.revoke_session()
    .body(body)
    .send()
    .await;
```*/
    fn revoke_session(&self) -> builder::RevokeSession<'_>;
    /**Revoke all sessions for the user

Sends a `POST` request to `/revoke-sessions`

```ignore
let response = client.revoke_sessions()
    .body(body)
    .send()
    .await;
```*/
    fn revoke_sessions(&self) -> builder::RevokeSessions<'_>;
    /**Revoke all other sessions for the user except the current one

Sends a `POST` request to `/revoke-other-sessions`

```ignore
let response = client.revoke_other_sessions()
    .body(body)
    .send()
    .await;
```*/
    fn revoke_other_sessions(&self) -> builder::RevokeOtherSessions<'_>;
    /**Link a social account to the user

Sends a `POST` request to `/link-social`

```ignore
let response = client.link_social()
    .body(body)
    .send()
    .await;
```*/
    fn link_social(&self) -> builder::LinkSocial<'_>;
    /**List all accounts linked to the user

Sends a `GET` request to `/list-accounts`

```ignore
let response = client.list_accounts()
    .send()
    .await;
```*/
    fn list_accounts(&self) -> builder::ListAccounts<'_>;
    /**Callback to complete user deletion with verification token

Sends a `GET` request to `/delete-user/callback`

```ignore
let response = client.delete_user_callback()
    .callback_url(callback_url)
    .token(token)
    .send()
    .await;
```*/
    fn delete_user_callback(&self) -> builder::DeleteUserCallback<'_>;
    /**Unlink an account

Sends a `POST` request to `/unlink-account`

```ignore
let response = client.unlink_account()
    .body(body)
    .send()
    .await;
```*/
    fn unlink_account(&self) -> builder::UnlinkAccount<'_>;
    /**Refresh the access token using a refresh token

Sends a `POST` request to `/refresh-token`

```ignore
let response = client.refresh_token()
    .body(body)
    .send()
    .await;
```*/
    fn refresh_token(&self) -> builder::RefreshToken<'_>;
    /**Get a valid access token, doing a refresh if needed

Sends a `POST` request to `/get-access-token`

```ignore
let response = client.get_access_token()
    .body(body)
    .send()
    .await;
```*/
    fn get_access_token(&self) -> builder::GetAccessToken<'_>;
    /**Get the account info provided by the provider

Sends a `GET` request to `/account-info`

Arguments:
- `account_id`: The Better Auth account ID
- `user_id`: The user ID associated with the account
```ignore
let response = client.account_info()
    .account_id(account_id)
    .user_id(user_id)
    .send()
    .await;
```*/
    fn account_info(&self) -> builder::AccountInfo<'_>;
    /**Check if the API is working

Sends a `GET` request to `/ok`

```ignore
let response = client.ok()
    .send()
    .await;
```*/
    fn ok(&self) -> builder::Ok<'_>;
    /**Displays an error page

Sends a `GET` request to `/error`

```ignore
let response = client.error_get()
    .send()
    .await;
```*/
    fn error_get(&self) -> builder::ErrorGet<'_>;
}
impl ClientDefaultExt for Client {
    fn sign_in_social(&self) -> builder::SignInSocial<'_> {
        builder::SignInSocial::new(self)
    }
    fn callback_by_id(&self) -> builder::CallbackById<'_> {
        builder::CallbackById::new(self)
    }
    fn callback_by_id_post(&self) -> builder::CallbackByIdPost<'_> {
        builder::CallbackByIdPost::new(self)
    }
    fn get_session(&self) -> builder::GetSession<'_> {
        builder::GetSession::new(self)
    }
    fn get_session_post(&self) -> builder::GetSessionPost<'_> {
        builder::GetSessionPost::new(self)
    }
    fn sign_out(&self) -> builder::SignOut<'_> {
        builder::SignOut::new(self)
    }
    fn sign_up_email(&self) -> builder::SignUpEmail<'_> {
        builder::SignUpEmail::new(self)
    }
    fn sign_in_email(&self) -> builder::SignInEmail<'_> {
        builder::SignInEmail::new(self)
    }
    fn reset_password(&self) -> builder::ResetPassword<'_> {
        builder::ResetPassword::new(self)
    }
    fn verify_password(&self) -> builder::VerifyPassword<'_> {
        builder::VerifyPassword::new(self)
    }
    fn verify_email(&self) -> builder::VerifyEmail<'_> {
        builder::VerifyEmail::new(self)
    }
    fn send_verification_email(&self) -> builder::SendVerificationEmail<'_> {
        builder::SendVerificationEmail::new(self)
    }
    fn change_email(&self) -> builder::ChangeEmail<'_> {
        builder::ChangeEmail::new(self)
    }
    fn change_password(&self) -> builder::ChangePassword<'_> {
        builder::ChangePassword::new(self)
    }
    fn update_session(&self) -> builder::UpdateSession<'_> {
        builder::UpdateSession::new(self)
    }
    fn update_user(&self) -> builder::UpdateUser<'_> {
        builder::UpdateUser::new(self)
    }
    fn delete_user(&self) -> builder::DeleteUser<'_> {
        builder::DeleteUser::new(self)
    }
    fn request_password_reset(&self) -> builder::RequestPasswordReset<'_> {
        builder::RequestPasswordReset::new(self)
    }
    fn reset_password_by_token(&self) -> builder::ResetPasswordByToken<'_> {
        builder::ResetPasswordByToken::new(self)
    }
    fn list_sessions(&self) -> builder::ListSessions<'_> {
        builder::ListSessions::new(self)
    }
    fn revoke_session(&self) -> builder::RevokeSession<'_> {
        builder::RevokeSession::new(self)
    }
    fn revoke_sessions(&self) -> builder::RevokeSessions<'_> {
        builder::RevokeSessions::new(self)
    }
    fn revoke_other_sessions(&self) -> builder::RevokeOtherSessions<'_> {
        builder::RevokeOtherSessions::new(self)
    }
    fn link_social(&self) -> builder::LinkSocial<'_> {
        builder::LinkSocial::new(self)
    }
    fn list_accounts(&self) -> builder::ListAccounts<'_> {
        builder::ListAccounts::new(self)
    }
    fn delete_user_callback(&self) -> builder::DeleteUserCallback<'_> {
        builder::DeleteUserCallback::new(self)
    }
    fn unlink_account(&self) -> builder::UnlinkAccount<'_> {
        builder::UnlinkAccount::new(self)
    }
    fn refresh_token(&self) -> builder::RefreshToken<'_> {
        builder::RefreshToken::new(self)
    }
    fn get_access_token(&self) -> builder::GetAccessToken<'_> {
        builder::GetAccessToken::new(self)
    }
    fn account_info(&self) -> builder::AccountInfo<'_> {
        builder::AccountInfo::new(self)
    }
    fn ok(&self) -> builder::Ok<'_> {
        builder::Ok::new(self)
    }
    fn error_get(&self) -> builder::ErrorGet<'_> {
        builder::ErrorGet::new(self)
    }
}
pub trait ClientEmailOtpExt {
    /**Send a verification OTP to an email

Sends a `POST` request to `/email-otp/send-verification-otp`

```ignore
let response = client.email_otp_send_verification_otp()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_send_verification_otp(
        &self,
    ) -> builder::EmailOtpSendVerificationOtp<'_>;
    /**Verify an email with an OTP

Sends a `POST` request to `/email-otp/check-verification-otp`

```ignore
let response = client.email_otp_check_verification_otp()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_check_verification_otp(
        &self,
    ) -> builder::EmailOtpCheckVerificationOtp<'_>;
    /**Verify email with OTP

Sends a `POST` request to `/email-otp/verify-email`

```ignore
let response = client.email_otp_verify_email()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_verify_email(&self) -> builder::EmailOtpVerifyEmail<'_>;
    /**Sign in with email and OTP

Sends a `POST` request to `/sign-in/email-otp`

```ignore
let response = client.sign_in_email_otp()
    .body(body)
    .send()
    .await;
```*/
    fn sign_in_email_otp(&self) -> builder::SignInEmailOtp<'_>;
    /**Request password reset with email and OTP

Sends a `POST` request to `/email-otp/request-password-reset`

```ignore
let response = client.email_otp_request_password_reset()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_request_password_reset(
        &self,
    ) -> builder::EmailOtpRequestPasswordReset<'_>;
    /**Deprecated: Use /email-otp/request-password-reset instead.

Sends a `POST` request to `/forget-password/email-otp`

```ignore
let response = client.forget_password_email_otp()
    .body(body)
    .send()
    .await;
```*/
    fn forget_password_email_otp(&self) -> builder::ForgetPasswordEmailOtp<'_>;
    /**Reset password with email and OTP

Sends a `POST` request to `/email-otp/reset-password`

```ignore
let response = client.email_otp_reset_password()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_reset_password(&self) -> builder::EmailOtpResetPassword<'_>;
    /**Request email change with verification OTP sent to the new email

Sends a `POST` request to `/email-otp/request-email-change`

```ignore
let response = client.email_otp_request_email_change()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_request_email_change(&self) -> builder::EmailOtpRequestEmailChange<'_>;
    /**Verify new email with OTP and change the email if verification is successful

Sends a `POST` request to `/email-otp/change-email`

```ignore
let response = client.email_otp_change_email()
    .body(body)
    .send()
    .await;
```*/
    fn email_otp_change_email(&self) -> builder::EmailOtpChangeEmail<'_>;
}
impl ClientEmailOtpExt for Client {
    fn email_otp_send_verification_otp(
        &self,
    ) -> builder::EmailOtpSendVerificationOtp<'_> {
        builder::EmailOtpSendVerificationOtp::new(self)
    }
    fn email_otp_check_verification_otp(
        &self,
    ) -> builder::EmailOtpCheckVerificationOtp<'_> {
        builder::EmailOtpCheckVerificationOtp::new(self)
    }
    fn email_otp_verify_email(&self) -> builder::EmailOtpVerifyEmail<'_> {
        builder::EmailOtpVerifyEmail::new(self)
    }
    fn sign_in_email_otp(&self) -> builder::SignInEmailOtp<'_> {
        builder::SignInEmailOtp::new(self)
    }
    fn email_otp_request_password_reset(
        &self,
    ) -> builder::EmailOtpRequestPasswordReset<'_> {
        builder::EmailOtpRequestPasswordReset::new(self)
    }
    fn forget_password_email_otp(&self) -> builder::ForgetPasswordEmailOtp<'_> {
        builder::ForgetPasswordEmailOtp::new(self)
    }
    fn email_otp_reset_password(&self) -> builder::EmailOtpResetPassword<'_> {
        builder::EmailOtpResetPassword::new(self)
    }
    fn email_otp_request_email_change(&self) -> builder::EmailOtpRequestEmailChange<'_> {
        builder::EmailOtpRequestEmailChange::new(self)
    }
    fn email_otp_change_email(&self) -> builder::EmailOtpChangeEmail<'_> {
        builder::EmailOtpChangeEmail::new(self)
    }
}
pub trait ClientJwtExt {
    /**Get the JSON Web Key Set

Sends a `GET` request to `/jwks`

```ignore
let response = client.jwks()
    .send()
    .await;
```*/
    fn jwks(&self) -> builder::Jwks<'_>;
    /**Get a JWT token

Sends a `GET` request to `/token`

```ignore
let response = client.token()
    .send()
    .await;
```*/
    fn token(&self) -> builder::Token<'_>;
}
impl ClientJwtExt for Client {
    fn jwks(&self) -> builder::Jwks<'_> {
        builder::Jwks::new(self)
    }
    fn token(&self) -> builder::Token<'_> {
        builder::Token::new(self)
    }
}
pub trait ClientMagicLinkExt {
    /**Sign in with magic link

Sends a `POST` request to `/sign-in/magic-link`

```ignore
let response = client.sign_in_magic_link()
    .body(body)
    .send()
    .await;
```*/
    fn sign_in_magic_link(&self) -> builder::SignInMagicLink<'_>;
    /**Verify magic link

Sends a `GET` request to `/magic-link/verify`

```ignore
let response = client.magic_link_verify()
    .callback_url(callback_url)
    .error_callback_url(error_callback_url)
    .new_user_callback_url(new_user_callback_url)
    .token(token)
    .send()
    .await;
```*/
    fn magic_link_verify(&self) -> builder::MagicLinkVerify<'_>;
}
impl ClientMagicLinkExt for Client {
    fn sign_in_magic_link(&self) -> builder::SignInMagicLink<'_> {
        builder::SignInMagicLink::new(self)
    }
    fn magic_link_verify(&self) -> builder::MagicLinkVerify<'_> {
        builder::MagicLinkVerify::new(self)
    }
}
pub trait ClientOrganizationExt {
    /**Create an organization

Sends a `POST` request to `/organization/create`

```ignore
let response = client.organization_create()
    .body(body)
    .send()
    .await;
```*/
    fn organization_create(&self) -> builder::OrganizationCreate<'_>;
    /**Update an organization

Sends a `POST` request to `/organization/update`

```ignore
let response = client.organization_update()
    .body(body)
    .send()
    .await;
```*/
    fn organization_update(&self) -> builder::OrganizationUpdate<'_>;
    /**Delete an organization

Sends a `POST` request to `/organization/delete`

```ignore
let response = client.organization_delete()
    .body(body)
    .send()
    .await;
```*/
    fn organization_delete(&self) -> builder::OrganizationDelete<'_>;
    /**Set the active organization

Sends a `POST` request to `/organization/set-active`

```ignore
let response = client.organization_set_active()
    .body(body)
    .send()
    .await;
```*/
    fn organization_set_active(&self) -> builder::OrganizationSetActive<'_>;
    /**Get the organization metadata

Sends a `GET` request to `/organization/get-organization`

```ignore
let response = client.organization_get_organization()
    .organization_id(organization_id)
    .organization_slug(organization_slug)
    .send()
    .await;
```*/
    fn organization_get_organization(&self) -> builder::OrganizationGetOrganization<'_>;
    /**Get the full organization

Sends a `GET` request to `/organization/get-full-organization`

```ignore
let response = client.organization_get_full_organization()
    .members_limit(members_limit)
    .organization_id(organization_id)
    .organization_slug(organization_slug)
    .send()
    .await;
```*/
    fn organization_get_full_organization(
        &self,
    ) -> builder::OrganizationGetFullOrganization<'_>;
    /**List all organizations

Sends a `GET` request to `/organization/list`

```ignore
let response = client.organization_list()
    .send()
    .await;
```*/
    fn organization_list(&self) -> builder::OrganizationList<'_>;
    /**Create an invitation to an organization

Sends a `POST` request to `/organization/invite-member`

```ignore
let response = client.organization_invite_member()
    .body(body)
    .send()
    .await;
```*/
    fn organization_invite_member(&self) -> builder::OrganizationInviteMember<'_>;
    /**Sends a `POST` request to `/organization/cancel-invitation`

```ignore
let response = client.organization_cancel_invitation()
    .body(body)
    .send()
    .await;
```*/
    fn organization_cancel_invitation(
        &self,
    ) -> builder::OrganizationCancelInvitation<'_>;
    /**Accept an invitation to an organization

Sends a `POST` request to `/organization/accept-invitation`

```ignore
let response = client.organization_accept_invitation()
    .body(body)
    .send()
    .await;
```*/
    fn organization_accept_invitation(
        &self,
    ) -> builder::OrganizationAcceptInvitation<'_>;
    /**Get an invitation by ID

Sends a `GET` request to `/organization/get-invitation`

```ignore
let response = client.organization_get_invitation()
    .id(id)
    .send()
    .await;
```*/
    fn organization_get_invitation(&self) -> builder::OrganizationGetInvitation<'_>;
    /**Reject an invitation to an organization

Sends a `POST` request to `/organization/reject-invitation`

```ignore
let response = client.organization_reject_invitation()
    .body(body)
    .send()
    .await;
```*/
    fn organization_reject_invitation(
        &self,
    ) -> builder::OrganizationRejectInvitation<'_>;
    /**Sends a `GET` request to `/organization/list-invitations`

```ignore
let response = client.organization_list_invitations()
    .organization_id(organization_id)
    .send()
    .await;
```*/
    fn organization_list_invitations(&self) -> builder::OrganizationListInvitations<'_>;
    /**Get the member details of the active organization

Sends a `GET` request to `/organization/get-active-member`

```ignore
let response = client.organization_get_active_member()
    .send()
    .await;
```*/
    fn organization_get_active_member(&self) -> builder::OrganizationGetActiveMember<'_>;
    /**Sends a `POST` request to `/organization/check-slug`

```ignore
let response = client.organization_check_slug()
    .body(body)
    .send()
    .await;
```*/
    fn organization_check_slug(&self) -> builder::OrganizationCheckSlug<'_>;
    /**Remove a member from an organization

Sends a `POST` request to `/organization/remove-member`

```ignore
let response = client.organization_remove_member()
    .body(body)
    .send()
    .await;
```*/
    fn organization_remove_member(&self) -> builder::OrganizationRemoveMember<'_>;
    /**Update the role of a member in an organization

Sends a `POST` request to `/organization/update-member-role`

```ignore
let response = client.organization_update_member_role()
    .body(body)
    .send()
    .await;
```*/
    fn organization_update_member_role(
        &self,
    ) -> builder::OrganizationUpdateMemberRole<'_>;
    /**Sends a `POST` request to `/organization/leave`

```ignore
let response = client.organization_leave()
    .body(body)
    .send()
    .await;
```*/
    fn organization_leave(&self) -> builder::OrganizationLeave<'_>;
    /**List all invitations a user has received

Sends a `GET` request to `/organization/list-user-invitations`

```ignore
let response = client.organization_list_user_invitations()
    .email(email)
    .send()
    .await;
```*/
    fn organization_list_user_invitations(
        &self,
    ) -> builder::OrganizationListUserInvitations<'_>;
    /**Sends a `GET` request to `/organization/list-members`

```ignore
let response = client.organization_list_members()
    .filter_field(filter_field)
    .filter_operator(filter_operator)
    .filter_value(filter_value)
    .limit(limit)
    .offset(offset)
    .organization_id(organization_id)
    .organization_slug(organization_slug)
    .sort_by(sort_by)
    .sort_direction(sort_direction)
    .send()
    .await;
```*/
    fn organization_list_members(&self) -> builder::OrganizationListMembers<'_>;
    /**Sends a `GET` request to `/organization/get-active-member-role`

```ignore
let response = client.organization_get_active_member_role()
    .organization_id(organization_id)
    .organization_slug(organization_slug)
    .user_id(user_id)
    .send()
    .await;
```*/
    fn organization_get_active_member_role(
        &self,
    ) -> builder::OrganizationGetActiveMemberRole<'_>;
    /**Check if the user has permission

Sends a `POST` request to `/organization/has-permission`

```ignore
let response = client.organization_has_permission()
    .body(body)
    .send()
    .await;
```*/
    fn organization_has_permission(&self) -> builder::OrganizationHasPermission<'_>;
}
impl ClientOrganizationExt for Client {
    fn organization_create(&self) -> builder::OrganizationCreate<'_> {
        builder::OrganizationCreate::new(self)
    }
    fn organization_update(&self) -> builder::OrganizationUpdate<'_> {
        builder::OrganizationUpdate::new(self)
    }
    fn organization_delete(&self) -> builder::OrganizationDelete<'_> {
        builder::OrganizationDelete::new(self)
    }
    fn organization_set_active(&self) -> builder::OrganizationSetActive<'_> {
        builder::OrganizationSetActive::new(self)
    }
    fn organization_get_organization(&self) -> builder::OrganizationGetOrganization<'_> {
        builder::OrganizationGetOrganization::new(self)
    }
    fn organization_get_full_organization(
        &self,
    ) -> builder::OrganizationGetFullOrganization<'_> {
        builder::OrganizationGetFullOrganization::new(self)
    }
    fn organization_list(&self) -> builder::OrganizationList<'_> {
        builder::OrganizationList::new(self)
    }
    fn organization_invite_member(&self) -> builder::OrganizationInviteMember<'_> {
        builder::OrganizationInviteMember::new(self)
    }
    fn organization_cancel_invitation(
        &self,
    ) -> builder::OrganizationCancelInvitation<'_> {
        builder::OrganizationCancelInvitation::new(self)
    }
    fn organization_accept_invitation(
        &self,
    ) -> builder::OrganizationAcceptInvitation<'_> {
        builder::OrganizationAcceptInvitation::new(self)
    }
    fn organization_get_invitation(&self) -> builder::OrganizationGetInvitation<'_> {
        builder::OrganizationGetInvitation::new(self)
    }
    fn organization_reject_invitation(
        &self,
    ) -> builder::OrganizationRejectInvitation<'_> {
        builder::OrganizationRejectInvitation::new(self)
    }
    fn organization_list_invitations(&self) -> builder::OrganizationListInvitations<'_> {
        builder::OrganizationListInvitations::new(self)
    }
    fn organization_get_active_member(
        &self,
    ) -> builder::OrganizationGetActiveMember<'_> {
        builder::OrganizationGetActiveMember::new(self)
    }
    fn organization_check_slug(&self) -> builder::OrganizationCheckSlug<'_> {
        builder::OrganizationCheckSlug::new(self)
    }
    fn organization_remove_member(&self) -> builder::OrganizationRemoveMember<'_> {
        builder::OrganizationRemoveMember::new(self)
    }
    fn organization_update_member_role(
        &self,
    ) -> builder::OrganizationUpdateMemberRole<'_> {
        builder::OrganizationUpdateMemberRole::new(self)
    }
    fn organization_leave(&self) -> builder::OrganizationLeave<'_> {
        builder::OrganizationLeave::new(self)
    }
    fn organization_list_user_invitations(
        &self,
    ) -> builder::OrganizationListUserInvitations<'_> {
        builder::OrganizationListUserInvitations::new(self)
    }
    fn organization_list_members(&self) -> builder::OrganizationListMembers<'_> {
        builder::OrganizationListMembers::new(self)
    }
    fn organization_get_active_member_role(
        &self,
    ) -> builder::OrganizationGetActiveMemberRole<'_> {
        builder::OrganizationGetActiveMemberRole::new(self)
    }
    fn organization_has_permission(&self) -> builder::OrganizationHasPermission<'_> {
        builder::OrganizationHasPermission::new(self)
    }
}
pub trait ClientPhoneNumberExt {
    /**Use this endpoint to sign in with phone number

Sends a `POST` request to `/sign-in/phone-number`

```ignore
let response = client.sign_in_phone_number()
    .body(body)
    .send()
    .await;
```*/
    fn sign_in_phone_number(&self) -> builder::SignInPhoneNumber<'_>;
    /**Use this endpoint to send OTP to phone number

Sends a `POST` request to `/phone-number/send-otp`

```ignore
let response = client.phone_number_send_otp()
    .body(body)
    .send()
    .await;
```*/
    fn phone_number_send_otp(&self) -> builder::PhoneNumberSendOtp<'_>;
    /**Use this endpoint to verify phone number

Sends a `POST` request to `/phone-number/verify`

```ignore
let response = client.phone_number_verify()
    .body(body)
    .send()
    .await;
```*/
    fn phone_number_verify(&self) -> builder::PhoneNumberVerify<'_>;
    /**Request OTP for password reset via phone number

Sends a `POST` request to `/phone-number/request-password-reset`

```ignore
let response = client.phone_number_request_password_reset()
    .body(body)
    .send()
    .await;
```*/
    fn phone_number_request_password_reset(
        &self,
    ) -> builder::PhoneNumberRequestPasswordReset<'_>;
    /**Reset password using phone number OTP

Sends a `POST` request to `/phone-number/reset-password`

```ignore
let response = client.phone_number_reset_password()
    .body(body)
    .send()
    .await;
```*/
    fn phone_number_reset_password(&self) -> builder::PhoneNumberResetPassword<'_>;
}
impl ClientPhoneNumberExt for Client {
    fn sign_in_phone_number(&self) -> builder::SignInPhoneNumber<'_> {
        builder::SignInPhoneNumber::new(self)
    }
    fn phone_number_send_otp(&self) -> builder::PhoneNumberSendOtp<'_> {
        builder::PhoneNumberSendOtp::new(self)
    }
    fn phone_number_verify(&self) -> builder::PhoneNumberVerify<'_> {
        builder::PhoneNumberVerify::new(self)
    }
    fn phone_number_request_password_reset(
        &self,
    ) -> builder::PhoneNumberRequestPasswordReset<'_> {
        builder::PhoneNumberRequestPasswordReset::new(self)
    }
    fn phone_number_reset_password(&self) -> builder::PhoneNumberResetPassword<'_> {
        builder::PhoneNumberResetPassword::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`ClientDefaultExt::sign_in_social`]

[`ClientDefaultExt::sign_in_social`]: super::ClientDefaultExt::sign_in_social*/
    #[derive(Debug, Clone)]
    pub struct SignInSocial<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignInSocialBody, String>,
    }
    impl<'a> SignInSocial<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignInSocialBody>,
            <V as std::convert::TryInto<
                types::SignInSocialBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignInSocialBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignInSocialBody,
            ) -> types::builder::SignInSocialBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-in/social`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignInSocialResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignInSocialBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-in/social", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_in_social",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::callback_by_id`]

[`ClientDefaultExt::callback_by_id`]: super::ClientDefaultExt::callback_by_id*/
    #[derive(Debug, Clone)]
    pub struct CallbackById<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        code: Result<Option<crate::Secret>, String>,
        device_id: Result<Option<::std::string::String>, String>,
        error: Result<Option<::std::string::String>, String>,
        error_description: Result<Option<::std::string::String>, String>,
        iss: Result<Option<::std::string::String>, String>,
        state: Result<Option<::std::string::String>, String>,
        user: Result<Option<::std::string::String>, String>,
    }
    impl<'a> CallbackById<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                code: Ok(None),
                device_id: Ok(None),
                error: Ok(None),
                error_description: Ok(None),
                iss: Ok(None),
                state: Ok(None),
                user: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
        {
            self.code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Secret` for code failed".to_string()
                });
            self
        }
        pub fn device_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_id failed"
                        .to_string()
                });
            self
        }
        pub fn error<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.error = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for error failed"
                        .to_string()
                });
            self
        }
        pub fn error_description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.error_description = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for error_description failed"
                        .to_string()
                });
            self
        }
        pub fn iss<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.iss = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for iss failed"
                        .to_string()
                });
            self
        }
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for state failed"
                        .to_string()
                });
            self
        }
        pub fn user<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/callback/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::serde_json::Value>, Error<types::BetterAuthError>> {
            let Self {
                client,
                id,
                code,
                device_id,
                error,
                error_description,
                iss,
                state,
                user,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let code = code.map_err(Error::InvalidRequest)?;
            let device_id = device_id.map_err(Error::InvalidRequest)?;
            let error = error.map_err(Error::InvalidRequest)?;
            let error_description = error_description.map_err(Error::InvalidRequest)?;
            let iss = iss.map_err(Error::InvalidRequest)?;
            let state = state.map_err(Error::InvalidRequest)?;
            let user = user.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/callback/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("code", &code))
                .query(&progenitor_client::QueryParam::new("device_id", &device_id))
                .query(&progenitor_client::QueryParam::new("error", &error))
                .query(
                    &progenitor_client::QueryParam::new(
                        "error_description",
                        &error_description,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("iss", &iss))
                .query(&progenitor_client::QueryParam::new("state", &state))
                .query(&progenitor_client::QueryParam::new("user", &user))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "callback_by_id",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::callback_by_id_post`]

[`ClientDefaultExt::callback_by_id_post`]: super::ClientDefaultExt::callback_by_id_post*/
    #[derive(Debug, Clone)]
    pub struct CallbackByIdPost<'a> {
        client: &'a super::Client,
        id: Result<::std::string::String, String>,
        code: Result<Option<crate::Secret>, String>,
        device_id: Result<Option<::std::string::String>, String>,
        error: Result<Option<::std::string::String>, String>,
        error_description: Result<Option<::std::string::String>, String>,
        iss: Result<Option<::std::string::String>, String>,
        state: Result<Option<::std::string::String>, String>,
        user: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::CallbackByIdPostBody, String>,
    }
    impl<'a> CallbackByIdPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Err("id was not initialized".to_string()),
                code: Ok(None),
                device_id: Ok(None),
                error: Ok(None),
                error_description: Ok(None),
                iss: Ok(None),
                state: Ok(None),
                user: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        pub fn code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
        {
            self.code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Secret` for code failed".to_string()
                });
            self
        }
        pub fn device_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.device_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for device_id failed"
                        .to_string()
                });
            self
        }
        pub fn error<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.error = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for error failed"
                        .to_string()
                });
            self
        }
        pub fn error_description<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.error_description = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for error_description failed"
                        .to_string()
                });
            self
        }
        pub fn iss<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.iss = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for iss failed"
                        .to_string()
                });
            self
        }
        pub fn state<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.state = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for state failed"
                        .to_string()
                });
            self
        }
        pub fn user<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user failed"
                        .to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CallbackByIdPostBody>,
            <V as std::convert::TryInto<
                types::CallbackByIdPostBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CallbackByIdPostBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CallbackByIdPostBody,
            ) -> types::builder::CallbackByIdPostBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/callback/{id}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::serde_json::Value>, Error<types::BetterAuthError>> {
            let Self {
                client,
                id,
                code,
                device_id,
                error,
                error_description,
                iss,
                state,
                user,
                body,
            } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let code = code.map_err(Error::InvalidRequest)?;
            let device_id = device_id.map_err(Error::InvalidRequest)?;
            let error = error.map_err(Error::InvalidRequest)?;
            let error_description = error_description.map_err(Error::InvalidRequest)?;
            let iss = iss.map_err(Error::InvalidRequest)?;
            let state = state.map_err(Error::InvalidRequest)?;
            let user = user.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::CallbackByIdPostBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/callback/{}", client.baseurl, encode_path(& id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("code", &code))
                .query(&progenitor_client::QueryParam::new("device_id", &device_id))
                .query(&progenitor_client::QueryParam::new("error", &error))
                .query(
                    &progenitor_client::QueryParam::new(
                        "error_description",
                        &error_description,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("iss", &iss))
                .query(&progenitor_client::QueryParam::new("state", &state))
                .query(&progenitor_client::QueryParam::new("user", &user))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "callback_by_id_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::get_session`]

[`ClientDefaultExt::get_session`]: super::ClientDefaultExt::get_session*/
    #[derive(Debug, Clone)]
    pub struct GetSession<'a> {
        client: &'a super::Client,
        disable_cookie_cache: Result<Option<bool>, String>,
        disable_refresh: Result<Option<bool>, String>,
    }
    impl<'a> GetSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                disable_cookie_cache: Ok(None),
                disable_refresh: Ok(None),
            }
        }
        pub fn disable_cookie_cache<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.disable_cookie_cache = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for disable_cookie_cache failed".to_string()
                });
            self
        }
        pub fn disable_refresh<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.disable_refresh = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for disable_refresh failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/get-session`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::option::Option<types::GetSessionResponse>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, disable_cookie_cache, disable_refresh } = self;
            let disable_cookie_cache = disable_cookie_cache
                .map_err(Error::InvalidRequest)?;
            let disable_refresh = disable_refresh.map_err(Error::InvalidRequest)?;
            let url = format!("{}/get-session", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "disableCookieCache",
                        &disable_cookie_cache,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "disableRefresh",
                        &disable_refresh,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::get_session_post`]

[`ClientDefaultExt::get_session_post`]: super::ClientDefaultExt::get_session_post*/
    #[derive(Debug, Clone)]
    pub struct GetSessionPost<'a> {
        client: &'a super::Client,
        disable_cookie_cache: Result<Option<bool>, String>,
        disable_refresh: Result<Option<bool>, String>,
        body: Result<types::builder::GetSessionPostBody, String>,
    }
    impl<'a> GetSessionPost<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                disable_cookie_cache: Ok(None),
                disable_refresh: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn disable_cookie_cache<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.disable_cookie_cache = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for disable_cookie_cache failed".to_string()
                });
            self
        }
        pub fn disable_refresh<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.disable_refresh = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `bool` for disable_refresh failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetSessionPostBody>,
            <V as std::convert::TryInto<
                types::GetSessionPostBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `GetSessionPostBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::GetSessionPostBody,
            ) -> types::builder::GetSessionPostBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/get-session`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::option::Option<types::GetSessionPostResponse>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, disable_cookie_cache, disable_refresh, body } = self;
            let disable_cookie_cache = disable_cookie_cache
                .map_err(Error::InvalidRequest)?;
            let disable_refresh = disable_refresh.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::GetSessionPostBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/get-session", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(
                    &progenitor_client::QueryParam::new(
                        "disableCookieCache",
                        &disable_cookie_cache,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "disableRefresh",
                        &disable_refresh,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_session_post",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::sign_out`]

[`ClientDefaultExt::sign_out`]: super::ClientDefaultExt::sign_out*/
    #[derive(Debug, Clone)]
    pub struct SignOut<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignOutBody, String>,
    }
    impl<'a> SignOut<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignOutBody>,
            <V as std::convert::TryInto<types::SignOutBody>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignOutBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignOutBody,
            ) -> types::builder::SignOutBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-out`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignOutResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::SignOutBody::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-out", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_out",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::sign_up_email`]

[`ClientDefaultExt::sign_up_email`]: super::ClientDefaultExt::sign_up_email*/
    #[derive(Debug, Clone)]
    pub struct SignUpEmail<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignUpEmailBody, String>,
    }
    impl<'a> SignUpEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignUpEmailBody>,
            <V as std::convert::TryInto<
                types::SignUpEmailBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignUpEmailBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignUpEmailBody,
            ) -> types::builder::SignUpEmailBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-up/email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignUpEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignUpEmailBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-up/email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_up_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::sign_in_email`]

[`ClientDefaultExt::sign_in_email`]: super::ClientDefaultExt::sign_in_email*/
    #[derive(Debug, Clone)]
    pub struct SignInEmail<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignInEmailBody, String>,
    }
    impl<'a> SignInEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignInEmailBody>,
            <V as std::convert::TryInto<
                types::SignInEmailBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignInEmailBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignInEmailBody,
            ) -> types::builder::SignInEmailBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-in/email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignInEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignInEmailBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-in/email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_in_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::reset_password`]

[`ClientDefaultExt::reset_password`]: super::ClientDefaultExt::reset_password*/
    #[derive(Debug, Clone)]
    pub struct ResetPassword<'a> {
        client: &'a super::Client,
        token: Result<Option<crate::Secret>, String>,
        body: Result<types::builder::ResetPasswordBody, String>,
    }
    impl<'a> ResetPassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
        {
            self.token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Secret` for token failed".to_string()
                });
            self
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResetPasswordBody>,
            <V as std::convert::TryInto<
                types::ResetPasswordBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ResetPasswordBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ResetPasswordBody,
            ) -> types::builder::ResetPasswordBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/reset-password`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ResetPasswordResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, token, body } = self;
            let token = token.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| {
                    types::ResetPasswordBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/reset-password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .query(&progenitor_client::QueryParam::new("token", &token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reset_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::verify_password`]

[`ClientDefaultExt::verify_password`]: super::ClientDefaultExt::verify_password*/
    #[derive(Debug, Clone)]
    pub struct VerifyPassword<'a> {
        client: &'a super::Client,
        body: Result<types::builder::VerifyPasswordBody, String>,
    }
    impl<'a> VerifyPassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::VerifyPasswordBody>,
            <V as std::convert::TryInto<
                types::VerifyPasswordBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `VerifyPasswordBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::VerifyPasswordBody,
            ) -> types::builder::VerifyPasswordBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/verify-password`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::VerifyPasswordResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::VerifyPasswordBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/verify-password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "verify_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::verify_email`]

[`ClientDefaultExt::verify_email`]: super::ClientDefaultExt::verify_email*/
    #[derive(Debug, Clone)]
    pub struct VerifyEmail<'a> {
        client: &'a super::Client,
        callback_url: Result<Option<::std::string::String>, String>,
        token: Result<crate::Secret, String>,
    }
    impl<'a> VerifyEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                callback_url: Ok(None),
                token: Err("token was not initialized".to_string()),
            }
        }
        pub fn callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for callback_url failed"
                        .to_string()
                });
            self
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
        {
            self.token = value
                .try_into()
                .map_err(|_| {
                    "conversion to `crate :: Secret` for token failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/verify-email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::VerifyEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, callback_url, token } = self;
            let callback_url = callback_url.map_err(Error::InvalidRequest)?;
            let token = token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/verify-email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("callbackURL", &callback_url))
                .query(&progenitor_client::QueryParam::new("token", &token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "verify_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::send_verification_email`]

[`ClientDefaultExt::send_verification_email`]: super::ClientDefaultExt::send_verification_email*/
    #[derive(Debug, Clone)]
    pub struct SendVerificationEmail<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SendVerificationEmailBody, String>,
    }
    impl<'a> SendVerificationEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SendVerificationEmailBody>,
            <V as std::convert::TryInto<
                types::SendVerificationEmailBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SendVerificationEmailBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SendVerificationEmailBody,
            ) -> types::builder::SendVerificationEmailBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/send-verification-email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SendVerificationEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SendVerificationEmailBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/send-verification-email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "send_verification_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::change_email`]

[`ClientDefaultExt::change_email`]: super::ClientDefaultExt::change_email*/
    #[derive(Debug, Clone)]
    pub struct ChangeEmail<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ChangeEmailBody, String>,
    }
    impl<'a> ChangeEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ChangeEmailBody>,
            <V as std::convert::TryInto<
                types::ChangeEmailBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ChangeEmailBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ChangeEmailBody,
            ) -> types::builder::ChangeEmailBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change-email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ChangeEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ChangeEmailBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change-email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "change_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::change_password`]

[`ClientDefaultExt::change_password`]: super::ClientDefaultExt::change_password*/
    #[derive(Debug, Clone)]
    pub struct ChangePassword<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ChangePasswordBody, String>,
    }
    impl<'a> ChangePassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ChangePasswordBody>,
            <V as std::convert::TryInto<
                types::ChangePasswordBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `ChangePasswordBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ChangePasswordBody,
            ) -> types::builder::ChangePasswordBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/change-password`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ChangePasswordResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ChangePasswordBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/change-password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "change_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::update_session`]

[`ClientDefaultExt::update_session`]: super::ClientDefaultExt::update_session*/
    #[derive(Debug, Clone)]
    pub struct UpdateSession<'a> {
        client: &'a super::Client,
        body: Result<
            ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            String,
        >,
    }
    impl<'a> UpdateSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
            >,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: serde_json :: Map < :: std :: string :: String , :: serde_json :: Value >` for body failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/update-session`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateSessionResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/update-session", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::update_user`]

[`ClientDefaultExt::update_user`]: super::ClientDefaultExt::update_user*/
    #[derive(Debug, Clone)]
    pub struct UpdateUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateUserBody, String>,
    }
    impl<'a> UpdateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateUserBody>,
            <V as std::convert::TryInto<
                types::UpdateUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UpdateUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateUserBody,
            ) -> types::builder::UpdateUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/update-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UpdateUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/update-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::delete_user`]

[`ClientDefaultExt::delete_user`]: super::ClientDefaultExt::delete_user*/
    #[derive(Debug, Clone)]
    pub struct DeleteUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::DeleteUserBody, String>,
    }
    impl<'a> DeleteUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DeleteUserBody>,
            <V as std::convert::TryInto<
                types::DeleteUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `DeleteUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::DeleteUserBody,
            ) -> types::builder::DeleteUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/delete-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::DeleteUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/delete-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::request_password_reset`]

[`ClientDefaultExt::request_password_reset`]: super::ClientDefaultExt::request_password_reset*/
    #[derive(Debug, Clone)]
    pub struct RequestPasswordReset<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RequestPasswordResetBody, String>,
    }
    impl<'a> RequestPasswordReset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RequestPasswordResetBody>,
            <V as std::convert::TryInto<
                types::RequestPasswordResetBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RequestPasswordResetBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RequestPasswordResetBody,
            ) -> types::builder::RequestPasswordResetBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/request-password-reset`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RequestPasswordResetResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RequestPasswordResetBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/request-password-reset", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "request_password_reset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::reset_password_by_token`]

[`ClientDefaultExt::reset_password_by_token`]: super::ClientDefaultExt::reset_password_by_token*/
    #[derive(Debug, Clone)]
    pub struct ResetPasswordByToken<'a> {
        client: &'a super::Client,
        token: Result<::std::string::String, String>,
        callback_url: Result<::std::string::String, String>,
    }
    impl<'a> ResetPasswordByToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                token: Err("token was not initialized".to_string()),
                callback_url: Err("callback_url was not initialized".to_string()),
            }
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.token = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for token failed"
                        .to_string()
                });
            self
        }
        pub fn callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.callback_url = value
                .try_into()
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for callback_url failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/reset-password/{token}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ResetPasswordByTokenResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, token, callback_url } = self;
            let token = token.map_err(Error::InvalidRequest)?;
            let callback_url = callback_url.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/reset-password/{}", client.baseurl, encode_path(& token.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("callbackURL", &callback_url))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "reset_password_by_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::list_sessions`]

[`ClientDefaultExt::list_sessions`]: super::ClientDefaultExt::list_sessions*/
    #[derive(Debug, Clone)]
    pub struct ListSessions<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListSessions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/list-sessions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Session>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client } = self;
            let url = format!("{}/list-sessions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_sessions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::revoke_session`]

[`ClientDefaultExt::revoke_session`]: super::ClientDefaultExt::revoke_session*/
    #[derive(Debug, Clone)]
    pub struct RevokeSession<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RevokeSessionBody, String>,
    }
    impl<'a> RevokeSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RevokeSessionBody>,
            <V as std::convert::TryInto<
                types::RevokeSessionBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RevokeSessionBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RevokeSessionBody,
            ) -> types::builder::RevokeSessionBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/revoke-session`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RevokeSessionResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RevokeSessionBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/revoke-session", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "revoke_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::revoke_sessions`]

[`ClientDefaultExt::revoke_sessions`]: super::ClientDefaultExt::revoke_sessions*/
    #[derive(Debug, Clone)]
    pub struct RevokeSessions<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RevokeSessionsBody, String>,
    }
    impl<'a> RevokeSessions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RevokeSessionsBody>,
            <V as std::convert::TryInto<
                types::RevokeSessionsBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `RevokeSessionsBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RevokeSessionsBody,
            ) -> types::builder::RevokeSessionsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/revoke-sessions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RevokeSessionsResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RevokeSessionsBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/revoke-sessions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "revoke_sessions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::revoke_other_sessions`]

[`ClientDefaultExt::revoke_other_sessions`]: super::ClientDefaultExt::revoke_other_sessions*/
    #[derive(Debug, Clone)]
    pub struct RevokeOtherSessions<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RevokeOtherSessionsBody, String>,
    }
    impl<'a> RevokeOtherSessions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RevokeOtherSessionsBody>,
            <V as std::convert::TryInto<
                types::RevokeOtherSessionsBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `RevokeOtherSessionsBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::RevokeOtherSessionsBody,
            ) -> types::builder::RevokeOtherSessionsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/revoke-other-sessions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RevokeOtherSessionsResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::RevokeOtherSessionsBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/revoke-other-sessions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "revoke_other_sessions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::link_social`]

[`ClientDefaultExt::link_social`]: super::ClientDefaultExt::link_social*/
    #[derive(Debug, Clone)]
    pub struct LinkSocial<'a> {
        client: &'a super::Client,
        body: Result<types::builder::LinkSocialBody, String>,
    }
    impl<'a> LinkSocial<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LinkSocialBody>,
            <V as std::convert::TryInto<
                types::LinkSocialBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `LinkSocialBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::LinkSocialBody,
            ) -> types::builder::LinkSocialBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/link-social`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::LinkSocialResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::LinkSocialBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/link-social", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "link_social",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::list_accounts`]

[`ClientDefaultExt::list_accounts`]: super::ClientDefaultExt::list_accounts*/
    #[derive(Debug, Clone)]
    pub struct ListAccounts<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/list-accounts`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::ListAccountsResponseItem>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client } = self;
            let url = format!("{}/list-accounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::delete_user_callback`]

[`ClientDefaultExt::delete_user_callback`]: super::ClientDefaultExt::delete_user_callback*/
    #[derive(Debug, Clone)]
    pub struct DeleteUserCallback<'a> {
        client: &'a super::Client,
        callback_url: Result<Option<::std::string::String>, String>,
        token: Result<Option<crate::Secret>, String>,
    }
    impl<'a> DeleteUserCallback<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                callback_url: Ok(None),
                token: Ok(None),
            }
        }
        pub fn callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for callback_url failed"
                        .to_string()
                });
            self
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
        {
            self.token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Secret` for token failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/delete-user/callback`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::DeleteUserCallbackResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, callback_url, token } = self;
            let callback_url = callback_url.map_err(Error::InvalidRequest)?;
            let token = token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/delete-user/callback", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("callbackURL", &callback_url))
                .query(&progenitor_client::QueryParam::new("token", &token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_user_callback",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::unlink_account`]

[`ClientDefaultExt::unlink_account`]: super::ClientDefaultExt::unlink_account*/
    #[derive(Debug, Clone)]
    pub struct UnlinkAccount<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UnlinkAccountBody, String>,
    }
    impl<'a> UnlinkAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UnlinkAccountBody>,
            <V as std::convert::TryInto<
                types::UnlinkAccountBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `UnlinkAccountBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UnlinkAccountBody,
            ) -> types::builder::UnlinkAccountBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/unlink-account`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UnlinkAccountResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UnlinkAccountBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/unlink-account", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "unlink_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::refresh_token`]

[`ClientDefaultExt::refresh_token`]: super::ClientDefaultExt::refresh_token*/
    #[derive(Debug, Clone)]
    pub struct RefreshToken<'a> {
        client: &'a super::Client,
        body: Result<types::RefreshTokenBody, String>,
    }
    impl<'a> RefreshToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshTokenBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `RefreshTokenBody` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/refresh-token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::RefreshTokenResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/refresh-token", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refresh_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::get_access_token`]

[`ClientDefaultExt::get_access_token`]: super::ClientDefaultExt::get_access_token*/
    #[derive(Debug, Clone)]
    pub struct GetAccessToken<'a> {
        client: &'a super::Client,
        body: Result<types::GetAccessTokenBody, String>,
    }
    impl<'a> GetAccessToken<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Err("body was not initialized".to_string()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetAccessTokenBody>,
        {
            self.body = value
                .try_into()
                .map_err(|_| {
                    "conversion to `GetAccessTokenBody` for body failed".to_string()
                });
            self
        }
        ///Sends a `POST` request to `/get-access-token`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetAccessTokenResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!("{}/get-access-token", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_access_token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::account_info`]

[`ClientDefaultExt::account_info`]: super::ClientDefaultExt::account_info*/
    #[derive(Debug, Clone)]
    pub struct AccountInfo<'a> {
        client: &'a super::Client,
        account_id: Result<Option<::std::string::String>, String>,
        user_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> AccountInfo<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Ok(None),
                user_id: Ok(None),
            }
        }
        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.account_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for account_id failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/account-info`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AccountInfoResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, account_id, user_id } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/account-info", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("accountId", &account_id))
                .query(&progenitor_client::QueryParam::new("userId", &user_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "account_info",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::ok`]

[`ClientDefaultExt::ok`]: super::ClientDefaultExt::ok*/
    #[derive(Debug, Clone)]
    pub struct Ok<'a> {
        client: &'a super::Client,
    }
    impl<'a> Ok<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/ok`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::OkResponse>, Error<types::BetterAuthError>> {
            let Self { client } = self;
            let url = format!("{}/ok", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "ok",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientDefaultExt::error_get`]

[`ClientDefaultExt::error_get`]: super::ClientDefaultExt::error_get*/
    #[derive(Debug, Clone)]
    pub struct ErrorGet<'a> {
        client: &'a super::Client,
    }
    impl<'a> ErrorGet<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/error`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<ByteStream>, Error<types::BetterAuthError>> {
            let Self { client } = self;
            let url = format!("{}/error", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client.client.get(url).headers(header_map).build()?;
            let info = OperationInfo {
                operation_id: "error_get",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => Ok(ResponseValue::stream(response)),
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientJwtExt::jwks`]

[`ClientJwtExt::jwks`]: super::ClientJwtExt::jwks*/
    #[derive(Debug, Clone)]
    pub struct Jwks<'a> {
        client: &'a super::Client,
    }
    impl<'a> Jwks<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/jwks`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::JwksResponse>, Error<types::BetterAuthError>> {
            let Self { client } = self;
            let url = format!("{}/jwks", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "jwks",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientJwtExt::token`]

[`ClientJwtExt::token`]: super::ClientJwtExt::token*/
    #[derive(Debug, Clone)]
    pub struct Token<'a> {
        client: &'a super::Client,
    }
    impl<'a> Token<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/token`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::TokenResponse>, Error<types::BetterAuthError>> {
            let Self { client } = self;
            let url = format!("{}/token", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "token",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_set_role`]

[`ClientAdminExt::admin_set_role`]: super::ClientAdminExt::admin_set_role*/
    #[derive(Debug, Clone)]
    pub struct AdminSetRole<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminSetRoleBody, String>,
    }
    impl<'a> AdminSetRole<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminSetRoleBody>,
            <V as std::convert::TryInto<
                types::AdminSetRoleBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AdminSetRoleBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminSetRoleBody,
            ) -> types::builder::AdminSetRoleBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/set-role`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminSetRoleResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminSetRoleBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/set-role", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_set_role",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_get_user`]

[`ClientAdminExt::admin_get_user`]: super::ClientAdminExt::admin_get_user*/
    #[derive(Debug, Clone)]
    pub struct AdminGetUser<'a> {
        client: &'a super::Client,
        id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> AdminGetUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/admin/get-user`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::BetterAuthError>> {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/get-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_get_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_create_user`]

[`ClientAdminExt::admin_create_user`]: super::ClientAdminExt::admin_create_user*/
    #[derive(Debug, Clone)]
    pub struct AdminCreateUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminCreateUserBody, String>,
    }
    impl<'a> AdminCreateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminCreateUserBody>,
            <V as std::convert::TryInto<
                types::AdminCreateUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AdminCreateUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminCreateUserBody,
            ) -> types::builder::AdminCreateUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/create-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminCreateUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminCreateUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/create-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_create_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_update_user`]

[`ClientAdminExt::admin_update_user`]: super::ClientAdminExt::admin_update_user*/
    #[derive(Debug, Clone)]
    pub struct AdminUpdateUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminUpdateUserBody, String>,
    }
    impl<'a> AdminUpdateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminUpdateUserBody>,
            <V as std::convert::TryInto<
                types::AdminUpdateUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AdminUpdateUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminUpdateUserBody,
            ) -> types::builder::AdminUpdateUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/update-user`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::User>, Error<types::BetterAuthError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminUpdateUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/update-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_update_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_list_users`]

[`ClientAdminExt::admin_list_users`]: super::ClientAdminExt::admin_list_users*/
    #[derive(Debug, Clone)]
    pub struct AdminListUsers<'a> {
        client: &'a super::Client,
        filter_field: Result<Option<::std::string::String>, String>,
        filter_operator: Result<Option<types::AdminListUsersFilterOperator>, String>,
        filter_value: Result<Option<types::AdminListUsersFilterValue>, String>,
        limit: Result<Option<types::AdminListUsersLimit>, String>,
        offset: Result<Option<types::AdminListUsersOffset>, String>,
        search_field: Result<Option<types::AdminListUsersSearchField>, String>,
        search_operator: Result<Option<types::AdminListUsersSearchOperator>, String>,
        search_value: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_direction: Result<Option<types::AdminListUsersSortDirection>, String>,
    }
    impl<'a> AdminListUsers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_field: Ok(None),
                filter_operator: Ok(None),
                filter_value: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                search_field: Ok(None),
                search_operator: Ok(None),
                search_value: Ok(None),
                sort_by: Ok(None),
                sort_direction: Ok(None),
            }
        }
        pub fn filter_field<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_field = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_field failed"
                        .to_string()
                });
            self
        }
        pub fn filter_operator<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersFilterOperator>,
        {
            self.filter_operator = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersFilterOperator` for filter_operator failed"
                        .to_string()
                });
            self
        }
        pub fn filter_value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersFilterValue>,
        {
            self.filter_value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersFilterValue` for filter_value failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersLimit>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersLimit` for limit failed".to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersOffset>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersOffset` for offset failed".to_string()
                });
            self
        }
        pub fn search_field<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersSearchField>,
        {
            self.search_field = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersSearchField` for search_field failed"
                        .to_string()
                });
            self
        }
        pub fn search_operator<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersSearchOperator>,
        {
            self.search_operator = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersSearchOperator` for search_operator failed"
                        .to_string()
                });
            self
        }
        pub fn search_value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.search_value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for search_value failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUsersSortDirection>,
        {
            self.sort_direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `AdminListUsersSortDirection` for sort_direction failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/admin/list-users`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminListUsersResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self {
                client,
                filter_field,
                filter_operator,
                filter_value,
                limit,
                offset,
                search_field,
                search_operator,
                search_value,
                sort_by,
                sort_direction,
            } = self;
            let filter_field = filter_field.map_err(Error::InvalidRequest)?;
            let filter_operator = filter_operator.map_err(Error::InvalidRequest)?;
            let filter_value = filter_value.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let search_field = search_field.map_err(Error::InvalidRequest)?;
            let search_operator = search_operator.map_err(Error::InvalidRequest)?;
            let search_value = search_value.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_direction = sort_direction.map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/list-users", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filterField", &filter_field))
                .query(
                    &progenitor_client::QueryParam::new(
                        "filterOperator",
                        &filter_operator,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("filterValue", &filter_value))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(&progenitor_client::QueryParam::new("searchField", &search_field))
                .query(
                    &progenitor_client::QueryParam::new(
                        "searchOperator",
                        &search_operator,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("searchValue", &search_value))
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(
                    &progenitor_client::QueryParam::new("sortDirection", &sort_direction),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_list_users",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_list_user_sessions`]

[`ClientAdminExt::admin_list_user_sessions`]: super::ClientAdminExt::admin_list_user_sessions*/
    #[derive(Debug, Clone)]
    pub struct AdminListUserSessions<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminListUserSessionsBody, String>,
    }
    impl<'a> AdminListUserSessions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminListUserSessionsBody>,
            <V as std::convert::TryInto<
                types::AdminListUserSessionsBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AdminListUserSessionsBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminListUserSessionsBody,
            ) -> types::builder::AdminListUserSessionsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/list-user-sessions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminListUserSessionsResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminListUserSessionsBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/list-user-sessions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_list_user_sessions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_unban_user`]

[`ClientAdminExt::admin_unban_user`]: super::ClientAdminExt::admin_unban_user*/
    #[derive(Debug, Clone)]
    pub struct AdminUnbanUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminUnbanUserBody, String>,
    }
    impl<'a> AdminUnbanUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminUnbanUserBody>,
            <V as std::convert::TryInto<
                types::AdminUnbanUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AdminUnbanUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminUnbanUserBody,
            ) -> types::builder::AdminUnbanUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/unban-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminUnbanUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminUnbanUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/unban-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_unban_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_ban_user`]

[`ClientAdminExt::admin_ban_user`]: super::ClientAdminExt::admin_ban_user*/
    #[derive(Debug, Clone)]
    pub struct AdminBanUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminBanUserBody, String>,
    }
    impl<'a> AdminBanUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminBanUserBody>,
            <V as std::convert::TryInto<
                types::AdminBanUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AdminBanUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminBanUserBody,
            ) -> types::builder::AdminBanUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/ban-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminBanUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminBanUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/ban-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_ban_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_impersonate_user`]

[`ClientAdminExt::admin_impersonate_user`]: super::ClientAdminExt::admin_impersonate_user*/
    #[derive(Debug, Clone)]
    pub struct AdminImpersonateUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminImpersonateUserBody, String>,
    }
    impl<'a> AdminImpersonateUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminImpersonateUserBody>,
            <V as std::convert::TryInto<
                types::AdminImpersonateUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AdminImpersonateUserBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminImpersonateUserBody,
            ) -> types::builder::AdminImpersonateUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/impersonate-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminImpersonateUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminImpersonateUserBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/impersonate-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_impersonate_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_stop_impersonating`]

[`ClientAdminExt::admin_stop_impersonating`]: super::ClientAdminExt::admin_stop_impersonating*/
    #[derive(Debug, Clone)]
    pub struct AdminStopImpersonating<'a> {
        client: &'a super::Client,
    }
    impl<'a> AdminStopImpersonating<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `POST` request to `/admin/stop-impersonating`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminStopImpersonatingResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client } = self;
            let url = format!("{}/admin/stop-impersonating", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_stop_impersonating",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_revoke_user_session`]

[`ClientAdminExt::admin_revoke_user_session`]: super::ClientAdminExt::admin_revoke_user_session*/
    #[derive(Debug, Clone)]
    pub struct AdminRevokeUserSession<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminRevokeUserSessionBody, String>,
    }
    impl<'a> AdminRevokeUserSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminRevokeUserSessionBody>,
            <V as std::convert::TryInto<
                types::AdminRevokeUserSessionBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AdminRevokeUserSessionBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminRevokeUserSessionBody,
            ) -> types::builder::AdminRevokeUserSessionBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/revoke-user-session`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminRevokeUserSessionResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminRevokeUserSessionBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/revoke-user-session", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_revoke_user_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_revoke_user_sessions`]

[`ClientAdminExt::admin_revoke_user_sessions`]: super::ClientAdminExt::admin_revoke_user_sessions*/
    #[derive(Debug, Clone)]
    pub struct AdminRevokeUserSessions<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminRevokeUserSessionsBody, String>,
    }
    impl<'a> AdminRevokeUserSessions<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminRevokeUserSessionsBody>,
            <V as std::convert::TryInto<
                types::AdminRevokeUserSessionsBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AdminRevokeUserSessionsBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminRevokeUserSessionsBody,
            ) -> types::builder::AdminRevokeUserSessionsBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/revoke-user-sessions`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminRevokeUserSessionsResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminRevokeUserSessionsBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/revoke-user-sessions", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_revoke_user_sessions",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_remove_user`]

[`ClientAdminExt::admin_remove_user`]: super::ClientAdminExt::admin_remove_user*/
    #[derive(Debug, Clone)]
    pub struct AdminRemoveUser<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminRemoveUserBody, String>,
    }
    impl<'a> AdminRemoveUser<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminRemoveUserBody>,
            <V as std::convert::TryInto<
                types::AdminRemoveUserBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `AdminRemoveUserBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminRemoveUserBody,
            ) -> types::builder::AdminRemoveUserBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/remove-user`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminRemoveUserResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminRemoveUserBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/remove-user", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_remove_user",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_set_user_password`]

[`ClientAdminExt::admin_set_user_password`]: super::ClientAdminExt::admin_set_user_password*/
    #[derive(Debug, Clone)]
    pub struct AdminSetUserPassword<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminSetUserPasswordBody, String>,
    }
    impl<'a> AdminSetUserPassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminSetUserPasswordBody>,
            <V as std::convert::TryInto<
                types::AdminSetUserPasswordBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AdminSetUserPasswordBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminSetUserPasswordBody,
            ) -> types::builder::AdminSetUserPasswordBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/set-user-password`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminSetUserPasswordResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminSetUserPasswordBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/set-user-password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_set_user_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientAdminExt::admin_has_permission`]

[`ClientAdminExt::admin_has_permission`]: super::ClientAdminExt::admin_has_permission*/
    #[derive(Debug, Clone)]
    pub struct AdminHasPermission<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AdminHasPermissionBody, String>,
    }
    impl<'a> AdminHasPermission<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AdminHasPermissionBody>,
            <V as std::convert::TryInto<
                types::AdminHasPermissionBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AdminHasPermissionBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AdminHasPermissionBody,
            ) -> types::builder::AdminHasPermissionBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/admin/has-permission`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AdminHasPermissionResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AdminHasPermissionBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/admin/has-permission", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "admin_has_permission",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_create`]

[`ClientOrganizationExt::organization_create`]: super::ClientOrganizationExt::organization_create*/
    #[derive(Debug, Clone)]
    pub struct OrganizationCreate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationCreateBody, String>,
    }
    impl<'a> OrganizationCreate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationCreateBody>,
            <V as std::convert::TryInto<
                types::OrganizationCreateBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationCreateBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationCreateBody,
            ) -> types::builder::OrganizationCreateBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/create`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationCreateResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationCreateBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/create", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_create",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_update`]

[`ClientOrganizationExt::organization_update`]: super::ClientOrganizationExt::organization_update*/
    #[derive(Debug, Clone)]
    pub struct OrganizationUpdate<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationUpdateBody, String>,
    }
    impl<'a> OrganizationUpdate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationUpdateBody>,
            <V as std::convert::TryInto<
                types::OrganizationUpdateBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationUpdateBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationUpdateBody,
            ) -> types::builder::OrganizationUpdateBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/update`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Organization>, Error<types::BetterAuthError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationUpdateBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/update", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_update",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_delete`]

[`ClientOrganizationExt::organization_delete`]: super::ClientOrganizationExt::organization_delete*/
    #[derive(Debug, Clone)]
    pub struct OrganizationDelete<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationDeleteBody, String>,
    }
    impl<'a> OrganizationDelete<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationDeleteBody>,
            <V as std::convert::TryInto<
                types::OrganizationDeleteBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationDeleteBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationDeleteBody,
            ) -> types::builder::OrganizationDeleteBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/delete`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Organization>, Error<types::BetterAuthError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationDeleteBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/delete", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_delete",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_set_active`]

[`ClientOrganizationExt::organization_set_active`]: super::ClientOrganizationExt::organization_set_active*/
    #[derive(Debug, Clone)]
    pub struct OrganizationSetActive<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationSetActiveBody, String>,
    }
    impl<'a> OrganizationSetActive<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationSetActiveBody>,
            <V as std::convert::TryInto<
                types::OrganizationSetActiveBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationSetActiveBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationSetActiveBody,
            ) -> types::builder::OrganizationSetActiveBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/set-active`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::option::Option<types::Organization>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationSetActiveBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/set-active", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_set_active",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_get_organization`]

[`ClientOrganizationExt::organization_get_organization`]: super::ClientOrganizationExt::organization_get_organization*/
    #[derive(Debug, Clone)]
    pub struct OrganizationGetOrganization<'a> {
        client: &'a super::Client,
        organization_id: Result<Option<::std::string::String>, String>,
        organization_slug: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrganizationGetOrganization<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Ok(None),
                organization_slug: Ok(None),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn organization_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_slug = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_slug failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/get-organization`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::option::Option<types::Organization>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, organization_id, organization_slug } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let organization_slug = organization_slug.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/get-organization", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationId",
                        &organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationSlug",
                        &organization_slug,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_get_organization",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_get_full_organization`]

[`ClientOrganizationExt::organization_get_full_organization`]: super::ClientOrganizationExt::organization_get_full_organization*/
    #[derive(Debug, Clone)]
    pub struct OrganizationGetFullOrganization<'a> {
        client: &'a super::Client,
        members_limit: Result<
            Option<types::OrganizationGetFullOrganizationMembersLimit>,
            String,
        >,
        organization_id: Result<Option<::std::string::String>, String>,
        organization_slug: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrganizationGetFullOrganization<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                members_limit: Ok(None),
                organization_id: Ok(None),
                organization_slug: Ok(None),
            }
        }
        pub fn members_limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationGetFullOrganizationMembersLimit>,
        {
            self.members_limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrganizationGetFullOrganizationMembersLimit` for members_limit failed"
                        .to_string()
                });
            self
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn organization_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_slug = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_slug failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/get-full-organization`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                ::std::option::Option<types::OrganizationGetFullOrganizationResponse>,
            >,
            Error<types::BetterAuthError>,
        > {
            let Self { client, members_limit, organization_id, organization_slug } = self;
            let members_limit = members_limit.map_err(Error::InvalidRequest)?;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let organization_slug = organization_slug.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/get-full-organization", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new("membersLimit", &members_limit),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationId",
                        &organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationSlug",
                        &organization_slug,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_get_full_organization",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_list`]

[`ClientOrganizationExt::organization_list`]: super::ClientOrganizationExt::organization_list*/
    #[derive(Debug, Clone)]
    pub struct OrganizationList<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationList<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/organization/list`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Organization>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client } = self;
            let url = format!("{}/organization/list", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_list",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_invite_member`]

[`ClientOrganizationExt::organization_invite_member`]: super::ClientOrganizationExt::organization_invite_member*/
    #[derive(Debug, Clone)]
    pub struct OrganizationInviteMember<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationInviteMemberBody, String>,
    }
    impl<'a> OrganizationInviteMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationInviteMemberBody>,
            <V as std::convert::TryInto<
                types::OrganizationInviteMemberBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationInviteMemberBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationInviteMemberBody,
            ) -> types::builder::OrganizationInviteMemberBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/invite-member`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationInviteMemberResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationInviteMemberBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/invite-member", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_invite_member",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_cancel_invitation`]

[`ClientOrganizationExt::organization_cancel_invitation`]: super::ClientOrganizationExt::organization_cancel_invitation*/
    #[derive(Debug, Clone)]
    pub struct OrganizationCancelInvitation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationCancelInvitationBody, String>,
    }
    impl<'a> OrganizationCancelInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationCancelInvitationBody>,
            <V as std::convert::TryInto<
                types::OrganizationCancelInvitationBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationCancelInvitationBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationCancelInvitationBody,
            ) -> types::builder::OrganizationCancelInvitationBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/cancel-invitation`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Invitation>, Error<types::BetterAuthError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationCancelInvitationBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/cancel-invitation", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_cancel_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_accept_invitation`]

[`ClientOrganizationExt::organization_accept_invitation`]: super::ClientOrganizationExt::organization_accept_invitation*/
    #[derive(Debug, Clone)]
    pub struct OrganizationAcceptInvitation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationAcceptInvitationBody, String>,
    }
    impl<'a> OrganizationAcceptInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationAcceptInvitationBody>,
            <V as std::convert::TryInto<
                types::OrganizationAcceptInvitationBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationAcceptInvitationBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationAcceptInvitationBody,
            ) -> types::builder::OrganizationAcceptInvitationBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/accept-invitation`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationAcceptInvitationResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationAcceptInvitationBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/accept-invitation", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_accept_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_get_invitation`]

[`ClientOrganizationExt::organization_get_invitation`]: super::ClientOrganizationExt::organization_get_invitation*/
    #[derive(Debug, Clone)]
    pub struct OrganizationGetInvitation<'a> {
        client: &'a super::Client,
        id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrganizationGetInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                id: Ok(None),
            }
        }
        pub fn id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/get-invitation`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationGetInvitationResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, id } = self;
            let id = id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/get-invitation", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("id", &id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_get_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_reject_invitation`]

[`ClientOrganizationExt::organization_reject_invitation`]: super::ClientOrganizationExt::organization_reject_invitation*/
    #[derive(Debug, Clone)]
    pub struct OrganizationRejectInvitation<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationRejectInvitationBody, String>,
    }
    impl<'a> OrganizationRejectInvitation<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationRejectInvitationBody>,
            <V as std::convert::TryInto<
                types::OrganizationRejectInvitationBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationRejectInvitationBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationRejectInvitationBody,
            ) -> types::builder::OrganizationRejectInvitationBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/reject-invitation`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationRejectInvitationResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationRejectInvitationBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/reject-invitation", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_reject_invitation",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_list_invitations`]

[`ClientOrganizationExt::organization_list_invitations`]: super::ClientOrganizationExt::organization_list_invitations*/
    #[derive(Debug, Clone)]
    pub struct OrganizationListInvitations<'a> {
        client: &'a super::Client,
        organization_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrganizationListInvitations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Ok(None),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/list-invitations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<::std::vec::Vec<types::Invitation>>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, organization_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/list-invitations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationId",
                        &organization_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_list_invitations",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_get_active_member`]

[`ClientOrganizationExt::organization_get_active_member`]: super::ClientOrganizationExt::organization_get_active_member*/
    #[derive(Debug, Clone)]
    pub struct OrganizationGetActiveMember<'a> {
        client: &'a super::Client,
    }
    impl<'a> OrganizationGetActiveMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/organization/get-active-member`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::MemberWithUser>,
            Error<types::BetterAuthError>,
        > {
            let Self { client } = self;
            let url = format!("{}/organization/get-active-member", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_get_active_member",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_check_slug`]

[`ClientOrganizationExt::organization_check_slug`]: super::ClientOrganizationExt::organization_check_slug*/
    #[derive(Debug, Clone)]
    pub struct OrganizationCheckSlug<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationCheckSlugBody, String>,
    }
    impl<'a> OrganizationCheckSlug<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationCheckSlugBody>,
            <V as std::convert::TryInto<
                types::OrganizationCheckSlugBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationCheckSlugBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationCheckSlugBody,
            ) -> types::builder::OrganizationCheckSlugBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/check-slug`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationCheckSlugResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationCheckSlugBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/check-slug", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_check_slug",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_remove_member`]

[`ClientOrganizationExt::organization_remove_member`]: super::ClientOrganizationExt::organization_remove_member*/
    #[derive(Debug, Clone)]
    pub struct OrganizationRemoveMember<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationRemoveMemberBody, String>,
    }
    impl<'a> OrganizationRemoveMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationRemoveMemberBody>,
            <V as std::convert::TryInto<
                types::OrganizationRemoveMemberBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationRemoveMemberBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationRemoveMemberBody,
            ) -> types::builder::OrganizationRemoveMemberBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/remove-member`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationRemoveMemberResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationRemoveMemberBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/remove-member", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_remove_member",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_update_member_role`]

[`ClientOrganizationExt::organization_update_member_role`]: super::ClientOrganizationExt::organization_update_member_role*/
    #[derive(Debug, Clone)]
    pub struct OrganizationUpdateMemberRole<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationUpdateMemberRoleBody, String>,
    }
    impl<'a> OrganizationUpdateMemberRole<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationUpdateMemberRoleBody>,
            <V as std::convert::TryInto<
                types::OrganizationUpdateMemberRoleBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationUpdateMemberRoleBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationUpdateMemberRoleBody,
            ) -> types::builder::OrganizationUpdateMemberRoleBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/update-member-role`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Member>, Error<types::BetterAuthError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationUpdateMemberRoleBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/update-member-role", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_update_member_role",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_leave`]

[`ClientOrganizationExt::organization_leave`]: super::ClientOrganizationExt::organization_leave*/
    #[derive(Debug, Clone)]
    pub struct OrganizationLeave<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationLeaveBody, String>,
    }
    impl<'a> OrganizationLeave<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationLeaveBody>,
            <V as std::convert::TryInto<
                types::OrganizationLeaveBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationLeaveBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationLeaveBody,
            ) -> types::builder::OrganizationLeaveBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/leave`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::Member>, Error<types::BetterAuthError>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationLeaveBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/leave", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_leave",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_list_user_invitations`]

[`ClientOrganizationExt::organization_list_user_invitations`]: super::ClientOrganizationExt::organization_list_user_invitations*/
    #[derive(Debug, Clone)]
    pub struct OrganizationListUserInvitations<'a> {
        client: &'a super::Client,
        email: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrganizationListUserInvitations<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                email: Ok(None),
            }
        }
        pub fn email<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.email = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for email failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/list-user-invitations`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<
                ::std::vec::Vec<types::OrganizationListUserInvitationsResponseItem>,
            >,
            Error<types::BetterAuthError>,
        > {
            let Self { client, email } = self;
            let email = email.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/list-user-invitations", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("email", &email))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_list_user_invitations",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_list_members`]

[`ClientOrganizationExt::organization_list_members`]: super::ClientOrganizationExt::organization_list_members*/
    #[derive(Debug, Clone)]
    pub struct OrganizationListMembers<'a> {
        client: &'a super::Client,
        filter_field: Result<Option<::std::string::String>, String>,
        filter_operator: Result<
            Option<types::OrganizationListMembersFilterOperator>,
            String,
        >,
        filter_value: Result<Option<types::OrganizationListMembersFilterValue>, String>,
        limit: Result<Option<types::OrganizationListMembersLimit>, String>,
        offset: Result<Option<types::OrganizationListMembersOffset>, String>,
        organization_id: Result<Option<::std::string::String>, String>,
        organization_slug: Result<Option<::std::string::String>, String>,
        sort_by: Result<Option<::std::string::String>, String>,
        sort_direction: Result<
            Option<types::OrganizationListMembersSortDirection>,
            String,
        >,
    }
    impl<'a> OrganizationListMembers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                filter_field: Ok(None),
                filter_operator: Ok(None),
                filter_value: Ok(None),
                limit: Ok(None),
                offset: Ok(None),
                organization_id: Ok(None),
                organization_slug: Ok(None),
                sort_by: Ok(None),
                sort_direction: Ok(None),
            }
        }
        pub fn filter_field<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.filter_field = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for filter_field failed"
                        .to_string()
                });
            self
        }
        pub fn filter_operator<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationListMembersFilterOperator>,
        {
            self.filter_operator = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrganizationListMembersFilterOperator` for filter_operator failed"
                        .to_string()
                });
            self
        }
        pub fn filter_value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationListMembersFilterValue>,
        {
            self.filter_value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrganizationListMembersFilterValue` for filter_value failed"
                        .to_string()
                });
            self
        }
        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationListMembersLimit>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrganizationListMembersLimit` for limit failed"
                        .to_string()
                });
            self
        }
        pub fn offset<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationListMembersOffset>,
        {
            self.offset = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrganizationListMembersOffset` for offset failed"
                        .to_string()
                });
            self
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn organization_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_slug = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_slug failed"
                        .to_string()
                });
            self
        }
        pub fn sort_by<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.sort_by = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for sort_by failed"
                        .to_string()
                });
            self
        }
        pub fn sort_direction<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationListMembersSortDirection>,
        {
            self.sort_direction = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `OrganizationListMembersSortDirection` for sort_direction failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/list-members`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationListMembersResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self {
                client,
                filter_field,
                filter_operator,
                filter_value,
                limit,
                offset,
                organization_id,
                organization_slug,
                sort_by,
                sort_direction,
            } = self;
            let filter_field = filter_field.map_err(Error::InvalidRequest)?;
            let filter_operator = filter_operator.map_err(Error::InvalidRequest)?;
            let filter_value = filter_value.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let offset = offset.map_err(Error::InvalidRequest)?;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let organization_slug = organization_slug.map_err(Error::InvalidRequest)?;
            let sort_by = sort_by.map_err(Error::InvalidRequest)?;
            let sort_direction = sort_direction.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/list-members", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("filterField", &filter_field))
                .query(
                    &progenitor_client::QueryParam::new(
                        "filterOperator",
                        &filter_operator,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("filterValue", &filter_value))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("offset", &offset))
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationId",
                        &organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationSlug",
                        &organization_slug,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("sortBy", &sort_by))
                .query(
                    &progenitor_client::QueryParam::new("sortDirection", &sort_direction),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_list_members",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_get_active_member_role`]

[`ClientOrganizationExt::organization_get_active_member_role`]: super::ClientOrganizationExt::organization_get_active_member_role*/
    #[derive(Debug, Clone)]
    pub struct OrganizationGetActiveMemberRole<'a> {
        client: &'a super::Client,
        organization_id: Result<Option<::std::string::String>, String>,
        organization_slug: Result<Option<::std::string::String>, String>,
        user_id: Result<Option<::std::string::String>, String>,
    }
    impl<'a> OrganizationGetActiveMemberRole<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                organization_id: Ok(None),
                organization_slug: Ok(None),
                user_id: Ok(None),
            }
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn organization_slug<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.organization_slug = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for organization_slug failed"
                        .to_string()
                });
            self
        }
        pub fn user_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.user_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for user_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/organization/get-active-member-role`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationGetActiveMemberRoleResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, organization_id, organization_slug, user_id } = self;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let organization_slug = organization_slug.map_err(Error::InvalidRequest)?;
            let user_id = user_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/get-active-member-role", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationId",
                        &organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organizationSlug",
                        &organization_slug,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("userId", &user_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_get_active_member_role",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientOrganizationExt::organization_has_permission`]

[`ClientOrganizationExt::organization_has_permission`]: super::ClientOrganizationExt::organization_has_permission*/
    #[derive(Debug, Clone)]
    pub struct OrganizationHasPermission<'a> {
        client: &'a super::Client,
        body: Result<types::builder::OrganizationHasPermissionBody, String>,
    }
    impl<'a> OrganizationHasPermission<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::OrganizationHasPermissionBody>,
            <V as std::convert::TryInto<
                types::OrganizationHasPermissionBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `OrganizationHasPermissionBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::OrganizationHasPermissionBody,
            ) -> types::builder::OrganizationHasPermissionBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organization/has-permission`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::OrganizationHasPermissionResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::OrganizationHasPermissionBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/organization/has-permission", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "organization_has_permission",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_send_verification_otp`]

[`ClientEmailOtpExt::email_otp_send_verification_otp`]: super::ClientEmailOtpExt::email_otp_send_verification_otp*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpSendVerificationOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpSendVerificationOtpBody, String>,
    }
    impl<'a> EmailOtpSendVerificationOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpSendVerificationOtpBody>,
            <V as std::convert::TryInto<
                types::EmailOtpSendVerificationOtpBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpSendVerificationOtpBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpSendVerificationOtpBody,
            ) -> types::builder::EmailOtpSendVerificationOtpBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/send-verification-otp`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpSendVerificationOtpResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpSendVerificationOtpBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/send-verification-otp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_send_verification_otp",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_check_verification_otp`]

[`ClientEmailOtpExt::email_otp_check_verification_otp`]: super::ClientEmailOtpExt::email_otp_check_verification_otp*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpCheckVerificationOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpCheckVerificationOtpBody, String>,
    }
    impl<'a> EmailOtpCheckVerificationOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpCheckVerificationOtpBody>,
            <V as std::convert::TryInto<
                types::EmailOtpCheckVerificationOtpBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpCheckVerificationOtpBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpCheckVerificationOtpBody,
            ) -> types::builder::EmailOtpCheckVerificationOtpBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/check-verification-otp`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpCheckVerificationOtpResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpCheckVerificationOtpBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/check-verification-otp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_check_verification_otp",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_verify_email`]

[`ClientEmailOtpExt::email_otp_verify_email`]: super::ClientEmailOtpExt::email_otp_verify_email*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpVerifyEmail<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpVerifyEmailBody, String>,
    }
    impl<'a> EmailOtpVerifyEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpVerifyEmailBody>,
            <V as std::convert::TryInto<
                types::EmailOtpVerifyEmailBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpVerifyEmailBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpVerifyEmailBody,
            ) -> types::builder::EmailOtpVerifyEmailBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/verify-email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpVerifyEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpVerifyEmailBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/verify-email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_verify_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::sign_in_email_otp`]

[`ClientEmailOtpExt::sign_in_email_otp`]: super::ClientEmailOtpExt::sign_in_email_otp*/
    #[derive(Debug, Clone)]
    pub struct SignInEmailOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignInEmailOtpBody, String>,
    }
    impl<'a> SignInEmailOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignInEmailOtpBody>,
            <V as std::convert::TryInto<
                types::SignInEmailOtpBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignInEmailOtpBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignInEmailOtpBody,
            ) -> types::builder::SignInEmailOtpBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-in/email-otp`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignInEmailOtpResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignInEmailOtpBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-in/email-otp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_in_email_otp",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_request_password_reset`]

[`ClientEmailOtpExt::email_otp_request_password_reset`]: super::ClientEmailOtpExt::email_otp_request_password_reset*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpRequestPasswordReset<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpRequestPasswordResetBody, String>,
    }
    impl<'a> EmailOtpRequestPasswordReset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpRequestPasswordResetBody>,
            <V as std::convert::TryInto<
                types::EmailOtpRequestPasswordResetBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpRequestPasswordResetBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpRequestPasswordResetBody,
            ) -> types::builder::EmailOtpRequestPasswordResetBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/request-password-reset`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpRequestPasswordResetResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpRequestPasswordResetBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/request-password-reset", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_request_password_reset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::forget_password_email_otp`]

[`ClientEmailOtpExt::forget_password_email_otp`]: super::ClientEmailOtpExt::forget_password_email_otp*/
    #[derive(Debug, Clone)]
    pub struct ForgetPasswordEmailOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ForgetPasswordEmailOtpBody, String>,
    }
    impl<'a> ForgetPasswordEmailOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ForgetPasswordEmailOtpBody>,
            <V as std::convert::TryInto<
                types::ForgetPasswordEmailOtpBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `ForgetPasswordEmailOtpBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::ForgetPasswordEmailOtpBody,
            ) -> types::builder::ForgetPasswordEmailOtpBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/forget-password/email-otp`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ForgetPasswordEmailOtpResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::ForgetPasswordEmailOtpBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/forget-password/email-otp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "forget_password_email_otp",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_reset_password`]

[`ClientEmailOtpExt::email_otp_reset_password`]: super::ClientEmailOtpExt::email_otp_reset_password*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpResetPassword<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpResetPasswordBody, String>,
    }
    impl<'a> EmailOtpResetPassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpResetPasswordBody>,
            <V as std::convert::TryInto<
                types::EmailOtpResetPasswordBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpResetPasswordBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpResetPasswordBody,
            ) -> types::builder::EmailOtpResetPasswordBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/reset-password`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpResetPasswordResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpResetPasswordBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/reset-password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_reset_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_request_email_change`]

[`ClientEmailOtpExt::email_otp_request_email_change`]: super::ClientEmailOtpExt::email_otp_request_email_change*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpRequestEmailChange<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpRequestEmailChangeBody, String>,
    }
    impl<'a> EmailOtpRequestEmailChange<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpRequestEmailChangeBody>,
            <V as std::convert::TryInto<
                types::EmailOtpRequestEmailChangeBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpRequestEmailChangeBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpRequestEmailChangeBody,
            ) -> types::builder::EmailOtpRequestEmailChangeBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/request-email-change`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpRequestEmailChangeResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpRequestEmailChangeBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/request-email-change", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_request_email_change",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientEmailOtpExt::email_otp_change_email`]

[`ClientEmailOtpExt::email_otp_change_email`]: super::ClientEmailOtpExt::email_otp_change_email*/
    #[derive(Debug, Clone)]
    pub struct EmailOtpChangeEmail<'a> {
        client: &'a super::Client,
        body: Result<types::builder::EmailOtpChangeEmailBody, String>,
    }
    impl<'a> EmailOtpChangeEmail<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::EmailOtpChangeEmailBody>,
            <V as std::convert::TryInto<
                types::EmailOtpChangeEmailBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `EmailOtpChangeEmailBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::EmailOtpChangeEmailBody,
            ) -> types::builder::EmailOtpChangeEmailBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/email-otp/change-email`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::EmailOtpChangeEmailResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::EmailOtpChangeEmailBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/email-otp/change-email", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "email_otp_change_email",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientMagicLinkExt::sign_in_magic_link`]

[`ClientMagicLinkExt::sign_in_magic_link`]: super::ClientMagicLinkExt::sign_in_magic_link*/
    #[derive(Debug, Clone)]
    pub struct SignInMagicLink<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignInMagicLinkBody, String>,
    }
    impl<'a> SignInMagicLink<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignInMagicLinkBody>,
            <V as std::convert::TryInto<
                types::SignInMagicLinkBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!("conversion to `SignInMagicLinkBody` for body failed: {}", s)
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignInMagicLinkBody,
            ) -> types::builder::SignInMagicLinkBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-in/magic-link`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignInMagicLinkResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignInMagicLinkBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-in/magic-link", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_in_magic_link",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientMagicLinkExt::magic_link_verify`]

[`ClientMagicLinkExt::magic_link_verify`]: super::ClientMagicLinkExt::magic_link_verify*/
    #[derive(Debug, Clone)]
    pub struct MagicLinkVerify<'a> {
        client: &'a super::Client,
        callback_url: Result<Option<::std::string::String>, String>,
        error_callback_url: Result<Option<::std::string::String>, String>,
        new_user_callback_url: Result<Option<::std::string::String>, String>,
        token: Result<Option<crate::Secret>, String>,
    }
    impl<'a> MagicLinkVerify<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                callback_url: Ok(None),
                error_callback_url: Ok(None),
                new_user_callback_url: Ok(None),
                token: Ok(None),
            }
        }
        pub fn callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for callback_url failed"
                        .to_string()
                });
            self
        }
        pub fn error_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.error_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for error_callback_url failed"
                        .to_string()
                });
            self
        }
        pub fn new_user_callback_url<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.new_user_callback_url = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: string :: String` for new_user_callback_url failed"
                        .to_string()
                });
            self
        }
        pub fn token<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<crate::Secret>,
        {
            self.token = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `crate :: Secret` for token failed".to_string()
                });
            self
        }
        ///Sends a `GET` request to `/magic-link/verify`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::MagicLinkVerifyResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self {
                client,
                callback_url,
                error_callback_url,
                new_user_callback_url,
                token,
            } = self;
            let callback_url = callback_url.map_err(Error::InvalidRequest)?;
            let error_callback_url = error_callback_url.map_err(Error::InvalidRequest)?;
            let new_user_callback_url = new_user_callback_url
                .map_err(Error::InvalidRequest)?;
            let token = token.map_err(Error::InvalidRequest)?;
            let url = format!("{}/magic-link/verify", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("callbackURL", &callback_url))
                .query(
                    &progenitor_client::QueryParam::new(
                        "errorCallbackURL",
                        &error_callback_url,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "newUserCallbackURL",
                        &new_user_callback_url,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("token", &token))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "magic_link_verify",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPhoneNumberExt::sign_in_phone_number`]

[`ClientPhoneNumberExt::sign_in_phone_number`]: super::ClientPhoneNumberExt::sign_in_phone_number*/
    #[derive(Debug, Clone)]
    pub struct SignInPhoneNumber<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SignInPhoneNumberBody, String>,
    }
    impl<'a> SignInPhoneNumber<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SignInPhoneNumberBody>,
            <V as std::convert::TryInto<
                types::SignInPhoneNumberBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `SignInPhoneNumberBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SignInPhoneNumberBody,
            ) -> types::builder::SignInPhoneNumberBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/sign-in/phone-number`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::SignInPhoneNumberResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::SignInPhoneNumberBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/sign-in/phone-number", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "sign_in_phone_number",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPhoneNumberExt::phone_number_send_otp`]

[`ClientPhoneNumberExt::phone_number_send_otp`]: super::ClientPhoneNumberExt::phone_number_send_otp*/
    #[derive(Debug, Clone)]
    pub struct PhoneNumberSendOtp<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PhoneNumberSendOtpBody, String>,
    }
    impl<'a> PhoneNumberSendOtp<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PhoneNumberSendOtpBody>,
            <V as std::convert::TryInto<
                types::PhoneNumberSendOtpBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PhoneNumberSendOtpBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PhoneNumberSendOtpBody,
            ) -> types::builder::PhoneNumberSendOtpBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/phone-number/send-otp`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PhoneNumberSendOtpResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PhoneNumberSendOtpBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/phone-number/send-otp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "phone_number_send_otp",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPhoneNumberExt::phone_number_verify`]

[`ClientPhoneNumberExt::phone_number_verify`]: super::ClientPhoneNumberExt::phone_number_verify*/
    #[derive(Debug, Clone)]
    pub struct PhoneNumberVerify<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PhoneNumberVerifyBody, String>,
    }
    impl<'a> PhoneNumberVerify<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PhoneNumberVerifyBody>,
            <V as std::convert::TryInto<
                types::PhoneNumberVerifyBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PhoneNumberVerifyBody` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PhoneNumberVerifyBody,
            ) -> types::builder::PhoneNumberVerifyBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/phone-number/verify`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PhoneNumberVerifyResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PhoneNumberVerifyBody::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/phone-number/verify", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "phone_number_verify",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPhoneNumberExt::phone_number_request_password_reset`]

[`ClientPhoneNumberExt::phone_number_request_password_reset`]: super::ClientPhoneNumberExt::phone_number_request_password_reset*/
    #[derive(Debug, Clone)]
    pub struct PhoneNumberRequestPasswordReset<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PhoneNumberRequestPasswordResetBody, String>,
    }
    impl<'a> PhoneNumberRequestPasswordReset<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PhoneNumberRequestPasswordResetBody>,
            <V as std::convert::TryInto<
                types::PhoneNumberRequestPasswordResetBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PhoneNumberRequestPasswordResetBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PhoneNumberRequestPasswordResetBody,
            ) -> types::builder::PhoneNumberRequestPasswordResetBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/phone-number/request-password-reset`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PhoneNumberRequestPasswordResetResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PhoneNumberRequestPasswordResetBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/phone-number/request-password-reset", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "phone_number_request_password_reset",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`ClientPhoneNumberExt::phone_number_reset_password`]

[`ClientPhoneNumberExt::phone_number_reset_password`]: super::ClientPhoneNumberExt::phone_number_reset_password*/
    #[derive(Debug, Clone)]
    pub struct PhoneNumberResetPassword<'a> {
        client: &'a super::Client,
        body: Result<types::builder::PhoneNumberResetPasswordBody, String>,
    }
    impl<'a> PhoneNumberResetPassword<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::PhoneNumberResetPasswordBody>,
            <V as std::convert::TryInto<
                types::PhoneNumberResetPasswordBody,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `PhoneNumberResetPasswordBody` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::PhoneNumberResetPasswordBody,
            ) -> types::builder::PhoneNumberResetPasswordBody,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/phone-number/reset-password`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::PhoneNumberResetPasswordResponse>,
            Error<types::BetterAuthError>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::PhoneNumberResetPasswordBody::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/phone-number/reset-password", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "phone_number_reset_password",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200..=299 => ResponseValue::from_response(response).await,
                _ => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client and
/// extension traits.
pub mod prelude {
    #[allow(unused_imports)]
    pub use super::Client;
    pub use super::ClientAdminExt;
    pub use super::ClientDefaultExt;
    pub use super::ClientEmailOtpExt;
    pub use super::ClientJwtExt;
    pub use super::ClientMagicLinkExt;
    pub use super::ClientOrganizationExt;
    pub use super::ClientPhoneNumberExt;
}
