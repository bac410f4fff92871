const OFFER_ID = /^\d{1,20}$/;

/**
 * The Steam trade-offer page of an offer id (`trade.offerID`), built only from an all-digits id
 * (`https://steamcommunity.com/tradeoffer/<id>/`); anything else gives `null`, so no other string
 * ever reaches an `href`.
 */
export function steamOfferUrl(offerID: string | undefined | null): string | null {
  return typeof offerID === 'string' && OFFER_ID.test(offerID) ? `https://steamcommunity.com/tradeoffer/${offerID}/` : null;
}
