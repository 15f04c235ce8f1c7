// Keys are the Alibaba wire code, or "<wire code>#<Variant>" when one code has several documented messages
// or covers situations that need different advice in the console. A variant carries `code` (and repeats the
// wire message) so the API answer stays Alibaba's while the console translates by key. Messages are verbatim
// from Alibaba's documentation (typos included); "%s" is filled from args in order.
export type CatalogEntry = { readonly httpStatus: number; readonly message: string; readonly code?: string };

export const ERROR_CATALOG = {
  // Gateway: signing, time stamps, nonces, versions
  MissingParameter: {
    httpStatus: 400,
    message: "The input parameter '%s' that is mandatory for processing this request is not supplied.",
  },
  "InvalidAccessKeyId.NotFound": { httpStatus: 404, message: "Specified access key is not found." },
  // RAM's CreateAccessKey
  "LimitExceeded.User.AccessKey": {
    httpStatus: 409,
    message: "The access key count of the user access keys beyond the current limits.",
  },
  SignatureDoesNotMatch: {
    httpStatus: 400,
    message: "Specified signature is not matched with our calculation.",
  },
  IncompleteSignature: {
    httpStatus: 400,
    message: "The request signature does not conform to Aliyun standards.",
  },
  "InvalidTimeStamp.Expired": { httpStatus: 400, message: "Specified time stamp or date value is expired." },
  "InvalidTimeStamp.Format": {
    httpStatus: 400,
    message: "Specified time stamp or date value is not well formatted.",
  },
  SignatureNonceUsed: { httpStatus: 400, message: "Specified signature nonce was used already." },
  // Every AccessKey here is a long-term key: none was issued with an STS token.
  "InvalidSecurityToken.MismatchWithAccessKey": {
    httpStatus: 400,
    message: "Specified SecurityToken mismatch with the AccessKey.",
  },
  "Throttling.User": { httpStatus: 400, message: "Request was denied due to user flow control." },
  "InvalidApi.NotFound": {
    httpStatus: 404,
    message: "Specified api is not found, please check your url and method.",
  },
  InvalidAction: {
    httpStatus: 403,
    message: "Specified api is not found, please check your url and method.",
  },
  "InvalidRegionId.NotFound": { httpStatus: 404, message: "The specified RegionId is not found." },
  "InvalidRegionId.NotFound#Records": {
    httpStatus: 404,
    message: "The RegionId provided does not exist in our records.",
    code: "InvalidRegionId.NotFound",
  },
  "Forbidden.RAM": {
    httpStatus: 403,
    message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
  },
  InvalidVersion: { httpStatus: 400, message: "Specified parameter Version is not valid." },
  InternalError: {
    httpStatus: 500,
    message: "The request processing has failed due to some unknown error, exception or failure.",
  },

  // Cases Alibaba does not document; these codes and messages are our choice
  // Alibaba's gateway answers an oversized body 413 too; the limits are in lib/security/limits.mjs.
  RequestBodyTooLarge: { httpStatus: 413, message: "The request body is larger than %s bytes." },
  TooManyParameters: { httpStatus: 400, message: "The request carries more than %s parameters." },
  InvalidParameter: { httpStatus: 400, message: "The specified parameter %s is not valid." },
  Forbidden: { httpStatus: 403, message: "User not authorized to operate on the specified resource." },
  DryRunOperation: { httpStatus: 400, message: "Request validation has been passed with DryRun flag set." },
  IdempotentParameterMismatch: {
    httpStatus: 400,
    message: "The request uses the same client token as a previous, but non-identical request.",
  },
  "OperationDenied.CrossSite": { httpStatus: 400, message: "Cross-site hosted connection is not allowed." },
  "InvalidTagKey.Malformed": { httpStatus: 400, message: "The specified Tag.n.Key is not valid." },
  "InvalidTagValue.Malformed": { httpStatus: 400, message: "The specified Tag.n.Value is not valid." },
  "IllegalParam.Tags": { httpStatus: 400, message: "The param of Tags is illegal." },
  "IllegalParam.Tags#DuplicateKey": {
    httpStatus: 400,
    message: "The param of Tags is illegal.",
    code: "IllegalParam.Tags",
  },
  // Shared-port tags only when the tenant is not the payer.
  "IllegalParam.Tags#TenantPays": {
    httpStatus: 400,
    message: "The param of Tags is illegal.",
    code: "IllegalParam.Tags",
  },
  // "Speed Unlimited" is not a valid Bandwidth Cap for Transform to Shared Port.
  "IllegalParam.Bandwidth#SpeedUnlimited": {
    httpStatus: 400,
    message: "The param of Bandwidth [%s] is illegal.",
    code: "IllegalParam.Bandwidth",
  },
  "InvalidResourceGroupId.NotFound": {
    httpStatus: 400,
    message: "The specified ResourceGroupId is not found.",
  },
  // Tags, resource groups and attributes (TagResources, UnTagResources, MoveResourceGroup, the Resource
  // Management page). NumberExceed.* are the tag actions' documented codes; the rest are our choice.
  "NumberExceed.ResourceIds": {
    httpStatus: 400,
    message: "The ResourceIds parameter's number is exceed , Valid : 50",
  },
  "NumberExceed.Tags": { httpStatus: 400, message: "The Tags parameter's number is exceed , Valid : 20" },
  "Duplicate.TagKey": { httpStatus: 400, message: "The Tag.N.Key contain duplicate key." },
  "InvalidResourceId.NotFound": { httpStatus: 404, message: "The specified ResourceId %s is not found." },
  "Forbidden.OperationNotAllowedByUser#TagTenantPays": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#TagPartnerPays": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#TagVbrOwnerOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified VirtualBorderRouter.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "DeleteConflict.ResourceGroup.Resource": {
    httpStatus: 409,
    message: "The resource group still contains %s resources.",
  },
  "DeleteConflict.ResourceGroup.Default": {
    httpStatus: 409,
    message: "The default resource group cannot be deleted.",
  },
  "InvalidResourceGroupName.Duplicate": {
    httpStatus: 409,
    message: "A resource group with the same name already exists.",
  },
  "InvalidResourceGroupName.Malformed": {
    httpStatus: 400,
    message: "The specified resource group name is not valid.",
  },
  // Quota Center privileges are for partner accounts only.
  "Forbidden#PartnerOnly": {
    httpStatus: 403,
    message: "User not authorized to operate on the specified resource.",
    code: "Forbidden",
  },
  "Forbidden.OperationNotAllowedByUser#ModifyVbr": {
    httpStatus: 403,
    message: "The caller is not allowed to modify the specified VirtualBorderRouter.",
    code: "Forbidden.OperationNotAllowedByUser",
  },

  // CreateVirtualPhysicalConnection and UpdateVirtualPhysicalConnection
  "OperationFailed.VbrBindedPconn": {
    httpStatus: 400,
    message: "The operation is failed because of VbrBindedPconn.",
  },
  "IllegalParam.Bandwidth": { httpStatus: 400, message: "The param of Bandwidth [%s] is illegal." },
  "IllegalParam.Bandwidth#Privilege": {
    httpStatus: 400,
    message: "The param of Bandwidth [%s] is illegal.",
    code: "IllegalParam.Bandwidth",
  },
  "IllegalParam.Bandwidth#HighSpec": {
    httpStatus: 400,
    message: "The param of Bandwidth [%s] is illegal.",
    code: "IllegalParam.Bandwidth",
  },
  "IllegalParam.Bandwidth#OverCapacity": {
    httpStatus: 400,
    message: "The param of Bandwidth [%s] is illegal.",
    code: "IllegalParam.Bandwidth",
  },
  "IllegalParam.Bandwidth#NotPortSpec": {
    httpStatus: 400,
    message: "The param of Bandwidth [%s] is illegal.",
    code: "IllegalParam.Bandwidth",
  },
  "IllegalParam.Bandwidth#NoSpecFits": {
    httpStatus: 400,
    message: "The param of Bandwidth [%s] is illegal.",
    code: "IllegalParam.Bandwidth",
  },
  "ResourceNotFound.PhysicalConnectionId": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId [%s] is not found.",
  },
  "ResourceNotFound.PhysicalConnectionId#Short": {
    httpStatus: 400,
    message: "PhysicalConnection is not found.",
    code: "ResourceNotFound.PhysicalConnectionId",
  },
  "OperationFailed.VPconnCreated": {
    httpStatus: 400,
    message: "The operation is failed because of VPconnCreated.",
  },
  "MissingParam.Spec": { httpStatus: 400, message: "The param of Spec is missing." },
  "IllegalParam.Spec": { httpStatus: 400, message: "The param of Spec is illegal." },
  "IllegalParam.VlanId": { httpStatus: 400, message: "The param of VlanId is illegal." },
  "IllegalParam.VlanId#RouterInterface": {
    httpStatus: 400,
    message: "The param of VlanId is illegal.",
    code: "IllegalParam.VlanId",
  },
  "InvalidPhysicalConnectionId.NotFound": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId is not found.",
  },
  "InvalidPhysicalConnectionId.NotFound#Confirm": {
    httpStatus: 400,
    message: "The specified physicalConnection is not found",
    code: "InvalidPhysicalConnectionId.NotFound",
  },
  "InvalidPhysicalConnectionId.NotFound#Records": {
    httpStatus: 404,
    message: "The PhysicalConnectionId provided does not exist in our records.",
    code: "InvalidPhysicalConnectionId.NotFound",
  },
  "InvalidPhysicalConnectionId.NotEnabled": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId is not in Enabled state.",
  },
  "InvalidPhysicalConnectionId.NotEnabled#Circuit": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId is not in Enabled state.",
    code: "InvalidPhysicalConnectionId.NotEnabled",
  },
  "InvalidPhysicalConnectionId.NotEnabled#PortNotReady": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId is not in Enabled state.",
    code: "InvalidPhysicalConnectionId.NotEnabled",
  },
  "InvalidVlanId.Malformed": { httpStatus: 400, message: "The specified VlanId is not valid." },
  "InvalidName.Malformed": { httpStatus: 400, message: "The specified Name is not valid." },
  "InvalidName.Malformed#Vbr": {
    httpStatus: 400,
    message: "The specified Name is not valid.",
    code: "InvalidName.Malformed",
  },
  "InvalidDescription.Malformed": { httpStatus: 400, message: "The specifid Description is not valid." },
  "InvalidDescription.Malformed#Vbr": {
    httpStatus: 400,
    message: "The specifid Description is not valid.",
    code: "InvalidDescription.Malformed",
  },
  "ResourceNotEnough.Bandwidth": {
    httpStatus: 400,
    message: "The specified resource of Bandwidth is not enough.",
  },
  "IllegalParam.VpconnAliUid": { httpStatus: 400, message: "The specified AliUid of Vpconn is illegal." },
  "IllegalParam.OrderMode": { httpStatus: 400, message: "The param of OrderMode is illegal." },
  "OperationDenied.CreateVpconn": {
    httpStatus: 400,
    message: "You are not allowed to create virtual physical connection. Please contact you CBM.",
  },
  "Forbidden.VpconnAliUid": {
    httpStatus: 400,
    message: "Vpconn UID is forbidden to belong to a RAM account or partner account.",
  },
  "QuotaExceeded.VPCONN": { httpStatus: 400, message: "The quota of VPCONN_COUNT_PER_PCONN is exceeded" },
  "QuotaExceeded.VPCONN#VbrPerVpconn": {
    httpStatus: 400,
    message: "The quota of VBR_COUNT_PER_VPCONN is exceeded, usage 1/1.",
    code: "QuotaExceeded.VPCONN",
  },
  "QuotaExceeded.VPCONN#AwaitingVbr": {
    httpStatus: 400,
    message: "The quota of VBR_COUNT_PER_VPCONN is exceeded, usage 1/1.",
    code: "QuotaExceeded.VPCONN",
  },
  "InvalidVlanId.Used": { httpStatus: 400, message: "The specified VlanId has been used." },
  // VLAN reservations are the console's own planning tool: no Alibaba message exists, so these are ours.
  "InvalidVlanId.Reserved": {
    httpStatus: 400,
    message: "The specified VlanId is reserved for another tenant on this physical connection.",
  },
  "InvalidVlanId.Reserved#PartnerOwn": {
    httpStatus: 400,
    message: "The specified VlanId is reserved for another tenant on this physical connection.",
    code: "InvalidVlanId.Reserved",
  },
  "InvalidVlanRange.Malformed": {
    httpStatus: 400,
    message: "The specified VLAN range is not valid.",
  },
  "InvalidVlanRange.Overlap": {
    httpStatus: 400,
    message: "The specified VLAN range overlaps an existing reservation.",
  },
  "OperationFailed.BulkRowsRefused": {
    httpStatus: 400,
    message: "Some rows of the upload were refused, so no shared port was created.",
  },
  "InvalidVlanReservation.NotFound": {
    httpStatus: 404,
    message: "The specified VLAN reservation is not found.",
  },

  // ConfirmPhysicalConnection
  "OperationFailed.PconnTrafficNotEnable": {
    httpStatus: 400,
    message: "The operation is failed because of PconnTrafficNotEnable.",
  },
  "MissingParam.RegionNo": { httpStatus: 400, message: "RegionNo is missing." },
  "MissingParam.AliUid": { httpStatus: 400, message: "AliUid is missing." },
  "MissingParam.PhysicalConnectionId": { httpStatus: 400, message: "PhysicalConnectionId is missing." },
  "OperationUnsupported.SkipConstruction": { httpStatus: 400, message: "You can not skip construction." },
  "IncorrectStatus.PhysicalConnection": { httpStatus: 400, message: "The status of %s is incorrect." },
  "IncorrectStatus.PhysicalConnection#NotDisabled": {
    httpStatus: 400,
    message: "The status of %s is incorrect.",
    code: "IncorrectStatus.PhysicalConnection",
  },
  "IncorrectStatus.PhysicalConnection#PortChanging": {
    httpStatus: 400,
    message: "The status of %s is incorrect.",
    code: "IncorrectStatus.PhysicalConnection",
  },
  "IncorrectStatus.PhysicalConnection#Deleted": {
    httpStatus: 400,
    message: "The status of %s is incorrect.",
    code: "IncorrectStatus.PhysicalConnection",
  },
  "IncorrectStatus.PhysicalConnection#NotAllocated": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId is not in Allocated state.",
    code: "IncorrectStatus.PhysicalConnection",
  },
  "IncorrectStatus.PhysicalConnection#NotEnabled": {
    httpStatus: 400,
    message: "The specified PhysicalConnectionId [%s] is not in Enabled state.",
    code: "IncorrectStatus.PhysicalConnection",
  },
  "IncorrectStatus.PhysicalConnection#Invalid": {
    httpStatus: 400,
    message: "Invalid physical connection status.",
    code: "IncorrectStatus.PhysicalConnection",
  },

  // CreatePhysicalConnectionOccupancyOrder
  "IAbs.InvalidStatus.ValueNotSupported": { httpStatus: 400, message: "status is not supported." },
  "InvalidPrice.NotFound": { httpStatus: 400, message: "Pricing plan result not found." },
  "InvalidPhysicalConnectionChargeType.Malformed": {
    httpStatus: 400,
    message: "Specified Physical Connection ChargeType is not valid.",
  },
  "InvalidPhysicalConnectionPeriod.Malformed": {
    httpStatus: 400,
    message: "Specified Physical Connection Period is not valid.",
  },
  "InvalidPhysicalConnectionPricingCycle.Malformed": {
    httpStatus: 400,
    message: "Specified Physical Connection PricingCycle is not valid.",
  },
  "Forbidden.NotAllowedInState": { httpStatus: 400, message: "The request does not allow in this state." },
  "Forbidden.NotAllowedInState#AlreadyPaid": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#NoPendingSpec": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#DisableNotActive": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#AlreadyDisabled": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#PortChanging": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#Deleted": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#OrderNotUnpaid": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#OrderOutdated": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#RenewUnpaid": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#GraceOver": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "Forbidden.NotAllowedInState#PriceChanged": {
    httpStatus: 400,
    message: "The request does not allow in this state.",
    code: "Forbidden.NotAllowedInState",
  },
  "INSTANCE.STATUS.NOT.ALLOW": { httpStatus: 400, message: "Instance status not allow" },
  "Abs.InstanceNotExist": { httpStatus: 400, message: "The specified instance does not exist." },

  // Terminate / Recover / Delete PhysicalConnection
  "Forbidden.VBRExists": { httpStatus: 400, message: "vbr owner's vbr still exists." },
  "Forbidden.VBRExists#PconnOwner": {
    httpStatus: 400,
    message: "physical connection owner's vbr still exists.",
    code: "Forbidden.VBRExists",
  },
  ResourceNotFound: { httpStatus: 400, message: "The specified resource %s is not found." },
  // Alert rules: a webhook URL that is no http(s) URL, carries credentials or names a private address.
  "InvalidParameter#WebhookUrl": {
    httpStatus: 400,
    message: "The specified parameter %s is not valid.",
    code: "InvalidParameter",
  },
  "OperationDenied.TerminateVirtualPhysicalConnection": {
    httpStatus: 400,
    message: "The operation is not allowed because of TerminateVirtualPhysicalConnection.",
  },
  "InvalidPhysicalConnectionId.NotMatched": { httpStatus: 400, message: "instance id not matched." },
  "Forbidden.AssociateToVBR": { httpStatus: 400, message: "The physical connection still associate to VBR." },
  "Forbidden.OperationNotAllowedByUser": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
  },
  "Forbidden.OperationNotAllowedByUser#AcceptTenantOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#DeclineTenantOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#TenantPays": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#PartnerPays": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#DisableTenantPays": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#DeleteTenantPays": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#RecoverPartnerOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#EditPartnerOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#ConfirmPartnerOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#CreateVbrTenantOnly": {
    httpStatus: 403,
    message: "The caller is not allowed to operate the specified PhysicalConnection.",
    code: "Forbidden.OperationNotAllowedByUser",
  },

  // VBR create / modify
  "InvalidVbrOwnerId.NotFound": { httpStatus: 404, message: "The specified VbrOwnerId is not valid." },
  "InvalidCircuitCode.Malformed": { httpStatus: 400, message: "The specified CircuitCode is not valid." },
  "InvalidLocalGatewayIp.Malformed": {
    httpStatus: 400,
    message: "The specified LocalGatewayIp is not valid.",
  },
  "InvalidPeerGatewayIp.Malformed": { httpStatus: 400, message: "The specified PeerGatewayIp is not valid." },
  "InvalidPeeringSubnetMask.Malformed": {
    httpStatus: 400,
    message: "The specified PeeringSubnetMask is not valid.",
  },
  "InvalidIp.Malformed": { httpStatus: 400, message: "The specified ip address is not valid." },
  "InvalidIp.Malformed#SameAddress": {
    httpStatus: 400,
    message: "The specified ip address is not valid.",
    code: "InvalidIp.Malformed",
  },
  "InvalidIp.Malformed#NetworkOrBroadcast": {
    httpStatus: 400,
    message: "The specified ip address is not valid.",
    code: "InvalidIp.Malformed",
  },
  "InvalidIp.NotSameSubnet": {
    httpStatus: 400,
    message: "Local gateway ip and peer gateway ip are not in the same subnet.",
  },
  "Forbidden.LocalGatewayIpNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to specify the LocalGatewayIp parameter.",
  },
  "Forbidden.PeerGatewayIpNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to specify the PeerGatewayIp parameter.",
  },
  "Forbidden.PeeringSubnetMaskNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to specify the PeeringSubnetMask parameter.",
  },
  "Forbidden.NameNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to specify the Name parameter.",
  },
  "Forbidden.DescriptionNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to specify the Description parameter.",
  },
  "Forbidden.CircuitCodeNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to modify.",
  },
  "Forbidden.VlanIdNotAllowedByCaller": {
    httpStatus: 403,
    message: "The caller is not allowed to specify the VlanId.",
  },
  "QuotaExceeded.vbrPerpConn": {
    httpStatus: 400,
    message: "Virtual boarder router per PhysicalConnection quota exceed.",
  },
  "QuotaExceeded.freevbr": { httpStatus: 400, message: "Free virtual boarder router quota exceed." },
  "CROSS_BID.FORBIDDEN": { httpStatus: 404, message: "Create VBR across bid is illegal" },

  // VBR terminate / recover / delete
  "InvalidVbrId.NotFound": { httpStatus: 404, message: "The specified VirutalBorderRouter is not found." },
  "InvalidVbrId.NotFound#Modify": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is not found.",
    code: "InvalidVbrId.NotFound",
  },
  "InvalidVbrId.NotFound#Records": {
    httpStatus: 404,
    message: "The specified VirutalBorderRouter does not exist in our records.",
    code: "InvalidVbrId.NotFound",
  },
  "InvalidOperation.OperationNotAllowedInState": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state.",
  },
  "InvalidOperation.OperationNotAllowedInState#AlreadyDisabled": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state.",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "InvalidOperation.OperationNotAllowedInState#Disabled": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state.",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "InvalidOperation.OperationNotAllowedInState#Unconfirmed": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state.",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "InvalidOperation.OperationNotAllowedInState#Recover": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "InvalidOperation.OperationNotAllowedInState#RecoverChanging": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "InvalidOperation.OperationNotAllowedInState#CircuitNotEnabled": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "InvalidOperation.OperationNotAllowedInState#NotTerminated": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter is in invalid state.",
    code: "InvalidOperation.OperationNotAllowedInState",
  },
  "Forbidden.OperationNotAllowedByUser#TerminateVbr": {
    httpStatus: 403,
    message: "The caller is not allowed to terminate the specified VirtualBorderRouter.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#RecoverVbr": {
    httpStatus: 403,
    message: "The caller is not allowed to recover the specified VirtualBorderRouter.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "Forbidden.OperationNotAllowedByUser#DeleteVbr": {
    httpStatus: 403,
    message: "The caller is not allowed to delete the specified VirtualBorderRouter.",
    code: "Forbidden.OperationNotAllowedByUser",
  },
  "OperationFailed.VlanIdAlreadyInUse": { httpStatus: 400, message: "The specifed vlanId has been used." },
  "InvalidOperation.RouterInterfaceNotDeleted": {
    httpStatus: 400,
    message: "The specified VirutalBorderRouter still has routerInterface.",
  },
  "Forbidden.MultiVlanRi": { httpStatus: 403, message: "Multiple vlan router interfaces are found." },
  "Forbidden.NoRiFound": { httpStatus: 403, message: "No vlan router interfaces are found." },
  "InvalidStatus.NotAllowed": {
    httpStatus: 400,
    message: "The virtual border has been associated by physicalConnection.",
  },
  "InvalidStatus.NotAllowed#AwaitingConfirm": {
    httpStatus: 400,
    message: "The virtual border has been associated by physicalConnection.",
    code: "InvalidStatus.NotAllowed",
  },
  "InvalidStatus.NotAllowed#HostedBandwidth": {
    httpStatus: 400,
    message: "The virtual border has been associated by physicalConnection.",
    code: "InvalidStatus.NotAllowed",
  },
  // The operator's console (lib/server/operator): no Alibaba counterpart, so the codes are our own.
  "Operator.ResourceExists": { httpStatus: 409, message: "The specified %s already exists." },
  "Operator.ResourceNotFound": { httpStatus: 404, message: "The specified %s is not found." },
  "Operator.NotPartner": { httpStatus: 400, message: "The circuit's owner must be a partner account." },
  "Operator.NotPrimary": { httpStatus: 400, message: "A RAM user belongs to a primary account." },
  "Operator.CircuitInUse": { httpStatus: 400, message: "The circuit still carries live shared ports." },
  "Operator.InviteInvalid": { httpStatus: 400, message: "The invitation link is invalid or has expired." },
} as const satisfies Record<string, CatalogEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_CATALOG, value);
}

export function wireCode(key: ErrorCode): string {
  const entry: CatalogEntry = ERROR_CATALOG[key];
  return entry.code ?? key;
}

export function formatMessage(template: string, args: readonly string[] = []): string {
  let next = 0;
  // Missing args become "" rather than leaking a raw "%s" to API clients.
  return template.replace(/%s/g, () => args[next++] ?? "");
}

export type DomainErrorOptions = { args?: readonly string[]; field?: string };

export class DomainError extends Error {
  readonly code: string;
  readonly key: ErrorCode;
  readonly httpStatus: number;
  readonly field?: string;
  readonly args?: readonly string[];

  constructor(key: ErrorCode, opts: DomainErrorOptions = {}) {
    const entry: CatalogEntry = ERROR_CATALOG[key];
    super(formatMessage(entry.message, opts.args));
    this.name = "DomainError";
    this.key = key;
    this.code = entry.code ?? key;
    this.httpStatus = entry.httpStatus;
    if (opts.field !== undefined) this.field = opts.field;
    if (opts.args !== undefined) this.args = opts.args;
  }

  toJSON(): { Code: string; Message: string } {
    return { Code: this.code, Message: this.message };
  }
}

export function domainError(key: ErrorCode, opts?: DomainErrorOptions): DomainError {
  return new DomainError(key, opts);
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

export function missingParameter(name: string): DomainError {
  return new DomainError("MissingParameter", { args: [name], field: name });
}
