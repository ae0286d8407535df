import { accountMetadata, type AccountPageProps } from '@/components/account/accountPage'
import { ProposalPage } from '@/components/submissions/proposalPage'

export const generateMetadata = ({ params }: AccountPageProps) =>
  accountMetadata(params, 'submissionProposeNews')

export default function ProposeNewsPage(props: AccountPageProps) {
  return <ProposalPage {...props} collection="news" />
}
