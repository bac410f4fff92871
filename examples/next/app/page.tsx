// A Server Component: the money helpers run here (react-assetpay's `react-server` entry), while
// the panel and the provider are client components rendered into the server HTML as a shell.
import { formatCents, toCents } from 'react-assetpay';
import { Deposit } from './deposit';
import { Providers } from './providers';

export default function DepositPage() {
  return (
    <>
      <h1>Deposit skins</h1>
      <p>
        Each card shows what we pay for the item, in US dollars to the cent (e.g. {formatCents(toCents(12.5))}).
      </p>
      <Providers>
        <Deposit />
      </Providers>
    </>
  );
}
