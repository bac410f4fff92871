'use client';

import { useState } from 'react';
import { DepositPanel, TradeStatus, type Trade } from 'react-assetpay';

export function Deposit() {
  const [trade, setTrade] = useState<Trade>();
  return (
    <>
      <DepositPanel height="60vh" onDeposited={setTrade} />
      {trade && (
        <section aria-label="Your deposit">
          <TradeStatus trade={trade} />
        </section>
      )}
    </>
  );
}
