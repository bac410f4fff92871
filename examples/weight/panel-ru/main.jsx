// The panel page in Russian: DepositPanel with one locale pack. It should cost the panel plus that
// pack, and no other pack.
import 'react-assetpay/styles.css';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { AssetPayProvider, DepositPanel } from 'react-assetpay';
import { ru } from 'react-assetpay/locales/ru';

function Greeting() {
  const { data } = useQuery({ queryKey: ['greeting'], queryFn: () => Promise.resolve('Hello') });
  return <p>{data ?? '…'}</p>;
}

const getToken = () => fetch('/api/assetpay-token').then((response) => response.text());

createRoot(document.getElementById('root')).render(
  <QueryClientProvider client={new QueryClient()}>
    <Greeting />
    <AssetPayProvider getToken={getToken}>
      <DepositPanel labels={ru} />
    </AssetPayProvider>
  </QueryClientProvider>,
);
